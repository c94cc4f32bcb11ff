using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using NetMapper.Topology;

namespace NetMapper.Storage;

/// <summary>
/// Scans in a LiteDB file: every scan kept, never overwritten. Each polled device is written as it arrives, so a scan
/// stopped by Ctrl-C or a crash keeps what it collected. Documents hold the domain's JSON as is: LiteDB's mapper,
/// which trims strings and turns empty ones into null, never touches discovered data.
/// </summary>
public sealed partial class ScanStore : IDisposable
{
    /// <summary>1: the first. 2: a link's LAG and a subnet member's device are typed (<see cref="LinkAggregate"/>, a device
    /// id); schema 1 graphs still read (<see cref="LegacyGraph"/>). A file is marked 2 when it first stores a schema 2
    /// graph, so that an older NetMapper refuses it plainly instead of failing on one scan.</summary>
    public const int SchemaVersion = 2;
    private const string Scans = "scans", Polls = "polls", Meta = "meta", Layouts = "layouts", Audit = "audit";

    private readonly LiteDatabase _db;
    private readonly string _path;
    private readonly StoreSnapshot? _snapshot;

    private ScanStore(LiteDatabase db, string path, StoreSnapshot? snapshot)
    {
        _db = db;
        _path = path;
        _snapshot = snapshot;
    }

    /// <summary>
    /// Opens a database. Read-only, NetMapper reads a private copy: LiteDB rewrites a damaged file even when asked to
    /// only read it, and a read-only command must never change the user's evidence.
    /// </summary>
    public static ScanStore Open(string path, bool readOnly = false)
    {
        StoreFile.Check(path, mustExist: readOnly);
        var snapshot = readOnly ? StoreSnapshot.Of(path) : null;
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!readOnly && directory is not null) Directory.CreateDirectory(directory);
            var db = Guard(path, () => OpenLiteDb(snapshot?.Path ?? path, readOnly));
            var store = new ScanStore(db, path, snapshot);
            Guard(path, () => store.CheckSchema(readOnly));
            return store;
        }
        catch
        {
            snapshot?.Dispose();
            throw;
        }
    }

    private static LiteDatabase OpenLiteDb(string file, bool readOnly)
    {
        var db = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, ReadOnly = readOnly },
            new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false, SerializeNullValues = true });
        _ = db.GetCollectionNames().Count(); // touches the file: a damaged one fails here, not later
        return db;
    }

    /// <summary>What LiteDB, the file system and the JSON reader throw, as the storage layer's one exception family.</summary>
    private static T Guard<T>(string path, Func<T> read)
    {
        try { return read(); }
        catch (Exception e) when (e is UnauthorizedAccessException || (e is IOException && e is not FileNotFoundException))
        {
            throw new StorageException(StorageFailure.Unwritable, $"'{path}' cannot be used: {StoreFile.ReasonOf(e)}", e);
        }
        catch (Exception e) when (e is LiteException or InvalidDataException or System.Text.Json.JsonException
            or FormatException or NotSupportedException or InvalidOperationException or InvalidCastException)
        {
            throw new StorageException(StorageFailure.Damaged, $"'{path}' is damaged: {e.Message}", e);
        }
    }

    private static void Guard(string path, Action action) => Guard(path, () => { action(); return 0; });

    private void CheckSchema(bool readOnly)
    {
        var meta = _db.GetCollection(Meta);
        var schema = meta.FindById("schema");
        if (schema is null)
        {
            if (_db.GetCollectionNames().Any(n => n is Scans or Polls))
                throw new StorageException(StorageFailure.NotADatabase,
                    $"'{_path}' has scans but no schema version: it was not written by NetMapper");
            if (!readOnly) meta.Insert(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
            return;
        }
        int version = schema["version"].AsInt32;
        if (version > SchemaVersion)
        {
            string newer = $"'{_path}' was written by a newer NetMapper (schema {version})";
            string readable = $"this version reads schema {SchemaVersion} and older";
            throw new StorageException(StorageFailure.NewerSchema, $"{newer}; {readable}. Upgrade NetMapper to read it.");
        }
    }

    private void MarkSchema()
    {
        var meta = _db.GetCollection(Meta);
        if (meta.FindById("schema") is { } schema && schema["version"].AsInt32 < SchemaVersion)
            meta.Update(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
    }

    /// <summary>Starts a scan record; returns its id. Scans left running by a process that died are marked interrupted:
    /// a scan database has one writer at a time, so none of them can still be running.</summary>
    public int BeginScan(ScanInfo info) => Guard(_path, () => Begin(info));

    private int Begin(ScanInfo info)
    {
        foreach (var stale in ListScans().Where(s => s.Status == ScanStatus.Running))
        {
            const string note = "interrupted: the process ended before the scan finished";
            _db.GetCollection(Scans).Update(ScanDocument(stale with { Status = ScanStatus.Incomplete, Note = note }, stale.Id));
        }
        var id = _db.GetCollection(Scans, BsonAutoId.Int32).Insert(ScanDocument(info with { Status = ScanStatus.Running }));
        var stored = info with { Id = id.AsInt32, Status = ScanStatus.Running };
        _db.GetCollection(Scans).Update(ScanDocument(stored, id.AsInt32));
        return id.AsInt32;
    }

    /// <summary>Stores one polled device of a running scan at once.</summary>
    public void RecordPoll(int scanId, string address, DeviceSnapshot snapshot) => Guard(_path, () => Record(scanId, address, snapshot));

    private void Record(int scanId, string address, DeviceSnapshot snapshot)
    {
        var polls = _db.GetCollection(Polls, BsonAutoId.Int32);
        polls.EnsureIndex("scanId");
        polls.Insert(new BsonDocument
        {
            ["scanId"] = scanId,
            ["address"] = address,
            ["deviceId"] = snapshot.Device.Id,
            ["status"] = snapshot.Device.Status.ToString(),
            ["snapshot"] = JsonSerializer.Serialize(snapshot, GraphJson.Options.Info<DeviceSnapshot>()),
        });
    }

    /// <summary>Ends a scan: stores its graph and its final record.</summary>
    public void CompleteScan(ScanInfo info, TopologyGraph graph) => Guard(_path, () => Complete(info, graph));

    private void Complete(ScanInfo info, TopologyGraph graph)
    {
        byte[] compressed = GraphJson.Compress(graph);
        using var stream = new MemoryStream(compressed);
        MarkSchema();
        _db.FileStorage.Upload(GraphFileId(info.Id), $"scan-{info.Id}.json.gz", stream);
        var document = ScanDocument(info with { Devices = graph.Devices.Count, Links = graph.Links.Count }, info.Id);
        document[Seal] = ScanSeal.Of(PreviousSeal(info.Id), document["info"].AsString, compressed);
        _db.GetCollection(Scans).Update(document);
        _db.Checkpoint();
    }


    public IReadOnlyList<ScanInfo> ListScans() =>
        Guard(_path, () => _db.GetCollection(Scans).FindAll().Where(d => !IsPruned(d)).Select(ReadScan)
            .OrderBy(s => s.Id).ToArray());


    public ScanInfo GetScan(int id)
    {
        var doc = Guard(_path, () => _db.GetCollection(Scans).FindById(id));
        if (doc is not null && !IsPruned(doc)) return Guard(_path, () => ReadScan(doc));
        string why = doc is null ? $"'{_path}' has no scan {id}" : $"scan {id} of '{_path}' was pruned";
        throw new StorageException(StorageFailure.NoSuchScan, why) { File = _path };
    }

    public ScanInfo Latest() =>
        ListScans().LastOrDefault() ?? throw new StorageException(StorageFailure.NoSuchScan, $"'{_path}' holds no scans yet");

    /// <summary>The graph of a scan; for a scan interrupted before it stored one, rebuilt from the devices it recorded.</summary>
    public TopologyGraph LoadGraph(int scanId)
    {
        GetScan(scanId);
        try { return Guard(_path, () => ReadGraph(scanId)); }
        catch (StorageException e) when (e.Failure == StorageFailure.Damaged)
        {
            throw new StorageException(StorageFailure.Damaged, $"{e.Message}; scan {scanId} cannot be read", e.InnerException)
            {
                ReadableScans = ReadableScans(),
            };
        }
    }

    private TopologyGraph ReadGraph(int scanId)
    {
        var file = _db.FileStorage.FindById(GraphFileId(scanId));
        if (file is null) return TopologyBuilder.Build(LoadPolls(scanId));
        using var stream = file.OpenRead();
        return GraphJson.Decompress<TopologyGraph>(stream);
    }

    /// <summary>The scans whose graph can still be read, for the advice given with a damaged database.</summary>
    public IReadOnlyList<int> ReadableScans()
    {
        IReadOnlyList<ScanInfo> scans;
        try { scans = ListScans(); }
        catch (StorageException) { return []; }
        var readable = new List<int>();
        foreach (var scan in scans)
        {
            try
            {
                Guard(_path, () => ReadGraph(scan.Id));
                readable.Add(scan.Id);
            }
            catch (StorageException) { }
        }
        return readable;
    }

    public IReadOnlyList<DeviceSnapshot> LoadPolls(int scanId) => Guard(_path, () =>
        _db.GetCollection(Polls).Find(Query.EQ("scanId", scanId))
            .Select(doc => JsonSerializer.Deserialize(doc["snapshot"].AsString, GraphJson.Options.Info<DeviceSnapshot>())!).ToArray());

    public IReadOnlyList<PollOutcome> Outcomes(int scanId) => LoadPolls(scanId).Select(OutcomeOf).ToArray();

    private static PollOutcome OutcomeOf(DeviceSnapshot snapshot)
    {
        var device = snapshot.Device;
        string address = device.ManagementAddresses.FirstOrDefault() ?? "";
        return new PollOutcome(address, device.Id, device.Name, device.Status.ToString(), device.Problems);
    }

    /// <summary>
    /// Keeps where a view put each device for this scan (<paramref name="placed"/>, JSON), and the hints it was drawn from
    /// (<paramref name="drawnFrom"/>), so redrawing the scan gives the same drawing and the next scan keeps devices in place.
    /// Written once per scan and view.
    /// </summary>
    public void SaveLayout(int scanId, string view, string? drawnFrom, string placed)
    {
        GetScan(scanId);
        Guard(_path, () => InsertLayout(scanId, view, drawnFrom, placed));
    }

    private void InsertLayout(int scanId, string view, string? drawnFrom, string placed)
    {
        var layouts = _db.GetCollection(Layouts);
        string id = $"{scanId}:{view}";
        if (layouts.FindById(id) is not null) return;
        layouts.Insert(new BsonDocument
        {
            ["_id"] = id,
            ["scanId"] = scanId,
            ["view"] = view,
            ["drawnFrom"] = drawnFrom,
            ["placed"] = placed,
        });
    }

    /// <summary>
    /// The hints to draw a scan from: those it was first drawn from, else where the latest earlier drawn scan placed its devices.
    /// </summary>
    public (bool Stored, string? Hints) LayoutHints(int scanId, string view) => Guard(_path, () => ReadLayoutHints(scanId, view));

    private (bool Stored, string? Hints) ReadLayoutHints(int scanId, string view)
    {
        if (!_db.GetCollectionNames().Contains(Layouts)) return (false, null);
        var layouts = _db.GetCollection(Layouts);
        if (layouts.FindById($"{scanId}:{view}") is { } own) return (true, own["drawnFrom"].IsNull ? null : own["drawnFrom"].AsString);
        var drawnBefore = Query.And(Query.EQ("view", view), Query.LT("scanId", scanId));
        var earlier = layouts.Find(drawnBefore).OrderByDescending(d => d["scanId"].AsInt32).FirstOrDefault();
        return (false, earlier?["placed"].AsString);
    }

    private static string GraphFileId(int scanId) => $"$/graphs/{scanId}";

    private static BsonDocument ScanDocument(ScanInfo info, int? id = null)
    {
        var doc = new BsonDocument
        {
            ["status"] = info.Status.ToString(),
            ["startedAt"] = info.StartedAt.UtcDateTime,
            ["info"] = JsonSerializer.Serialize(info, GraphJson.Options.Info<ScanInfo>()),
        };
        if (id is not null) doc["_id"] = id.Value;
        return doc;
    }

    private static ScanInfo ReadScan(BsonDocument doc) =>
        JsonSerializer.Deserialize(doc["info"].AsString, GraphJson.Options.Info<ScanInfo>())! with { Id = doc["_id"].AsInt32 };

    public void Dispose()
    {
        _db.Dispose();
        _snapshot?.Dispose();
    }
}
