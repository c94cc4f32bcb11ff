using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using NetMapper.Topology;

namespace NetMapper.Storage;

/// <summary>
/// Scans in a LiteDB file: every scan kept, never overwritten. Each polled device is written as it arrives, so a scan
/// stopped by Ctrl-C or a crash keeps what it collected. Documents hold the domain's JSON as is: LiteDB's mapper,
/// which trims strings and turns empty ones into null, never touches discovered data.
/// </summary>
public sealed class ScanStore : IDisposable
{
    /// <summary>1: the first. 2: a link's LAG and a subnet member's device are typed (<see cref="LinkAggregate"/>, a device
    /// id); schema 1 graphs still read (<see cref="LegacyGraph"/>). A file is marked 2 when it first stores a schema 2
    /// graph, so that an older NetMapper refuses it plainly instead of failing on one scan.</summary>
    public const int SchemaVersion = 2;
    private const string Scans = "scans", Polls = "polls", Meta = "meta", Layouts = "layouts";

    private readonly LiteDatabase _db;
    private readonly string _path;

    private ScanStore(LiteDatabase db, string path)
    {
        _db = db;
        _path = path;
    }

    public static ScanStore Open(string path, bool readOnly = false)
    {
        if (readOnly && !File.Exists(path)) throw new StorageException($"scan database '{path}' does not exist (run 'netmapper scan' first, or give --db)");
        if (File.Exists(path) && new FileInfo(path).Length > 0 && !HasLiteDbHeader(path))
            throw new StorageException($"'{path}' is not a NetMapper scan database (it is not a LiteDB file); it was left untouched");
        LiteDatabase db;
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!readOnly && directory is not null) Directory.CreateDirectory(directory);
            db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = readOnly },
                new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false, SerializeNullValues = true });
            _ = db.GetCollectionNames().Count(); // touches the file: a non-LiteDB file fails here, not later
        }
        catch (Exception e) when (e is LiteException or IOException or InvalidOperationException or UnauthorizedAccessException or FormatException or NotSupportedException)
        {
            throw new StorageException($"'{path}' cannot be opened as a NetMapper scan database: {e.Message}", e);
        }
        var store = new ScanStore(db, path);
        store.CheckSchema(readOnly);
        return store;
    }

    /// <summary>LiteDB 5 writes this text at offset 32 of its header page. Checked before LiteDB opens a file, which it
    /// would otherwise format as new when the file is short.</summary>
    private static bool HasLiteDbHeader(string path)
    {
        var marker = "** This is a LiteDB file **"u8;
        var buffer = new byte[32 + marker.Length];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length && buffer.AsSpan(32).SequenceEqual(marker);
    }

    private void CheckSchema(bool readOnly)
    {
        var meta = _db.GetCollection(Meta);
        var schema = meta.FindById("schema");
        if (schema is null)
        {
            if (_db.GetCollectionNames().Any(n => n is Scans or Polls))
                throw new StorageException($"'{_path}' has scans but no schema version: it was not written by NetMapper");
            if (!readOnly) meta.Insert(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
            return;
        }
        int version = schema["version"].AsInt32;
        if (version > SchemaVersion)
            throw new StorageException($"'{_path}' was written by a newer NetMapper (schema {version}); this version reads schema {SchemaVersion} and older. Upgrade NetMapper to read it.");
    }

    private void MarkSchema()
    {
        var meta = _db.GetCollection(Meta);
        if (meta.FindById("schema") is { } schema && schema["version"].AsInt32 < SchemaVersion)
            meta.Update(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
    }

    /// <summary>Starts a scan record; returns its id. Scans left running by a process that died are marked interrupted:
    /// a scan database has one writer at a time, so none of them can still be running.</summary>
    public int BeginScan(ScanInfo info)
    {
        foreach (var stale in ListScans().Where(s => s.Status == ScanStatus.Running))
            _db.GetCollection(Scans).Update(ScanDocument(stale with { Status = ScanStatus.Incomplete, Note = "interrupted: the process ended before the scan finished" }, stale.Id));
        var id = _db.GetCollection(Scans, BsonAutoId.Int32).Insert(ScanDocument(info with { Status = ScanStatus.Running }));
        var stored = info with { Id = id.AsInt32, Status = ScanStatus.Running };
        _db.GetCollection(Scans).Update(ScanDocument(stored, id.AsInt32));
        return id.AsInt32;
    }

    /// <summary>Stores one polled device of a running scan at once.</summary>
    public void RecordPoll(int scanId, string address, DeviceSnapshot snapshot)
    {
        var polls = _db.GetCollection(Polls, BsonAutoId.Int32);
        polls.EnsureIndex("scanId");
        polls.Insert(new BsonDocument
        {
            ["scanId"] = scanId,
            ["address"] = address,
            ["deviceId"] = snapshot.Device.Id,
            ["status"] = snapshot.Device.Status.ToString(),
            ["snapshot"] = JsonSerializer.Serialize(snapshot, GraphJson.Options),
        });
    }

    /// <summary>Ends a scan: stores its graph and its final record.</summary>
    public void CompleteScan(ScanInfo info, TopologyGraph graph)
    {
        using var stream = new MemoryStream(GraphJson.Compress(graph));
        MarkSchema();
        _db.FileStorage.Upload(GraphFileId(info.Id), $"scan-{info.Id}.json.gz", stream);
        _db.GetCollection(Scans).Update(ScanDocument(info with { Devices = graph.Devices.Count, Links = graph.Links.Count }, info.Id));
        _db.Checkpoint();
    }

    public IReadOnlyList<ScanInfo> ListScans() =>
        _db.GetCollection(Scans).FindAll().Select(ReadScan).OrderBy(s => s.Id).ToArray();

    public ScanInfo GetScan(int id) =>
        _db.GetCollection(Scans).FindById(id) is { } doc ? ReadScan(doc) : throw new StorageException($"'{_path}' has no scan {id} (see 'netmapper scans')");

    public ScanInfo Latest() =>
        ListScans().LastOrDefault() ?? throw new StorageException($"'{_path}' holds no scans yet");

    /// <summary>The graph of a scan; for a scan interrupted before it stored one, rebuilt from the devices it recorded.</summary>
    public TopologyGraph LoadGraph(int scanId)
    {
        GetScan(scanId);
        var file = _db.FileStorage.FindById(GraphFileId(scanId));
        if (file is not null)
        {
            using var stream = file.OpenRead();
            return GraphJson.Decompress<TopologyGraph>(stream);
        }
        return TopologyBuilder.Build(LoadPolls(scanId));
    }

    public IReadOnlyList<DeviceSnapshot> LoadPolls(int scanId) =>
        _db.GetCollection(Polls).Find(Query.EQ("scanId", scanId))
            .Select(doc => JsonSerializer.Deserialize<DeviceSnapshot>(doc["snapshot"].AsString, GraphJson.Options)!).ToArray();

    public IReadOnlyList<PollOutcome> Outcomes(int scanId) =>
        LoadPolls(scanId).Select(s => new PollOutcome(s.Device.ManagementAddresses.FirstOrDefault() ?? "", s.Device.Id, s.Device.Name, s.Device.Status.ToString(), s.Device.Problems)).ToArray();

    /// <summary>
    /// Keeps where a view put each device for this scan (<paramref name="placed"/>, JSON), and the hints it was drawn from
    /// (<paramref name="drawnFrom"/>), so redrawing the scan gives the same drawing and the next scan keeps devices in place.
    /// Written once per scan and view.
    /// </summary>
    public void SaveLayout(int scanId, string view, string? drawnFrom, string placed)
    {
        GetScan(scanId);
        var layouts = _db.GetCollection(Layouts);
        if (layouts.FindById($"{scanId}:{view}") is null)
            layouts.Insert(new BsonDocument { ["_id"] = $"{scanId}:{view}", ["scanId"] = scanId, ["view"] = view, ["drawnFrom"] = drawnFrom, ["placed"] = placed });
    }

    /// <summary>The hints to draw a scan from: those it was first drawn from, else where the latest earlier drawn scan placed its devices.</summary>
    public (bool Stored, string? Hints) LayoutHints(int scanId, string view)
    {
        if (!_db.GetCollectionNames().Contains(Layouts)) return (false, null);
        var layouts = _db.GetCollection(Layouts);
        if (layouts.FindById($"{scanId}:{view}") is { } own) return (true, own["drawnFrom"].IsNull ? null : own["drawnFrom"].AsString);
        var earlier = layouts.Find(Query.And(Query.EQ("view", view), Query.LT("scanId", scanId))).OrderByDescending(d => d["scanId"].AsInt32).FirstOrDefault();
        return (false, earlier?["placed"].AsString);
    }

    private static string GraphFileId(int scanId) => $"$/graphs/{scanId}";

    private static BsonDocument ScanDocument(ScanInfo info, int? id = null)
    {
        var doc = new BsonDocument
        {
            ["status"] = info.Status.ToString(),
            ["startedAt"] = info.StartedAt.UtcDateTime,
            ["info"] = JsonSerializer.Serialize(info, GraphJson.Options),
        };
        if (id is not null) doc["_id"] = id.Value;
        return doc;
    }

    private static ScanInfo ReadScan(BsonDocument doc) =>
        JsonSerializer.Deserialize<ScanInfo>(doc["info"].AsString, GraphJson.Options)! with { Id = doc["_id"].AsInt32 };

    public void Dispose() => _db.Dispose();
}
