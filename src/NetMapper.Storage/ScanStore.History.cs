using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;

namespace NetMapper.Storage;

/// <summary>
/// The scan history's integrity (Art. 9, 11): the chain of seals over finished scans and its check, the numbered and
/// sealed audit log, and pruning that keeps each pruned scan's seal so the chain still verifies.
/// </summary>
public sealed partial class ScanStore
{
    private const string Seal = "seal";
    private const string AlteredDetail = "its record or graph differs from what was sealed (or a scan before it was removed)";

    /// <summary>The seal of the latest sealed scan before this one ("" for the first).</summary>
    private string PreviousSeal(int scanId) =>
        _db.GetCollection(Scans).Find(Query.LT("_id", scanId)).OrderByDescending(d => d["_id"].AsInt32)
            .FirstOrDefault(d => d.ContainsKey(Seal))?[Seal].AsString ?? "";

    /// <summary>Appends an action to the audit log, numbered and sealed after the one before it.</summary>
    public void Record(AuditEntry entry) => Guard(_path, () =>
    {
        var log = _db.GetCollection(Audit);
        var last = log.FindAll().OrderByDescending(d => d["_id"].AsInt32).FirstOrDefault();
        int sequence = last is null ? 1 : last["_id"].AsInt32 + 1;
        string json = JsonSerializer.Serialize(entry with { Sequence = sequence }, GraphJson.Options.Info<AuditEntry>());
        log.Insert(new BsonDocument
        {
            ["_id"] = sequence, ["entry"] = json, [Seal] = ScanSeal.Of(last?[Seal].AsString ?? "", json, []),
        });
        _db.Checkpoint();
    });

    /// <summary>The audit log, oldest first.</summary>
    public IReadOnlyList<AuditEntry> AuditLog() => Guard(_path, () =>
        _db.GetCollectionNames().Contains(Audit)
            ? _db.GetCollection(Audit).FindAll().OrderBy(d => d["_id"].AsInt32)
                .Select(d => JsonSerializer.Deserialize(d["entry"].AsString, GraphJson.Options.Info<AuditEntry>())!).ToArray()
            : []);

    /// <summary>Audit entries missing from the numbering or edited after they were written, as problem lines.</summary>
    public IReadOnlyList<string> VerifyAuditLog() => Guard(_path, () =>
    {
        if (!_db.GetCollectionNames().Contains(Audit)) return (IReadOnlyList<string>)[];
        var problems = new List<string>();
        string previous = "";
        int expected = 1;
        foreach (var document in _db.GetCollection(Audit).FindAll().OrderBy(d => d["_id"].AsInt32))
        {
            int id = document["_id"].AsInt32;
            for (; expected < id; expected++) problems.Add($"audit entry {expected} is missing: deleted from the database");
            expected = id + 1;
            if (ScanSeal.Of(previous, document["entry"].AsString, []) != document[Seal].AsString)
                problems.Add($"audit entry {id} differs from what was written (or an entry before it was removed)");
            previous = document[Seal].AsString;
        }
        return problems;
    });

    /// <summary>
    /// Checks every scan against the chain of seals: altered records or graphs, scans deleted between sealed ones, scans
    /// never sealed. Each scan is checked against the previous stored seal, so one altered scan does not taint the rest.
    /// </summary>
    public IReadOnlyList<ScanCheck> Verify() => Guard(_path, () =>
    {
        var documents = _db.GetCollection(Scans).FindAll().OrderBy(d => d["_id"].AsInt32).ToList();
        var checks = new List<ScanCheck>();
        string previous = "";
        int expected = 1;
        foreach (var document in documents)
        {
            int id = document["_id"].AsInt32;
            for (; expected < id; expected++) checks.Add(new ScanCheck(expected, SealState.Removed, "missing: deleted from the database"));
            expected = id + 1;
            if (IsPruned(document))
            {
                checks.Add(new ScanCheck(id, SealState.Pruned, "pruned: its data was deleted on purpose, its seal kept"));
                if (document.ContainsKey(Seal)) previous = document[Seal].AsString;
                continue;
            }
            if (!document.ContainsKey(Seal))
            {
                checks.Add(new ScanCheck(id, SealState.Unsealed, "not sealed: it never finished, or an older NetMapper stored it"));
                continue;
            }
            var file = _db.FileStorage.FindById(GraphFileId(id));
            byte[] graph = file is null ? [] : ReadAll(file);
            bool intact = ScanSeal.Of(previous, document["info"].AsString, graph) == document[Seal].AsString;
            checks.Add(intact ? new ScanCheck(id, SealState.Intact, "")
                : new ScanCheck(id, SealState.Altered, AlteredDetail));
            previous = document[Seal].AsString;
        }
        return checks;
    });

    private static byte[] ReadAll(LiteFileInfo<string> file)
    {
        using var stream = file.OpenRead();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private const string Pruned = "pruned";

    private static bool IsPruned(BsonDocument document) => document.ContainsKey(Pruned);

    /// <summary>The scans <see cref="Prune"/> would delete: started before <paramref name="before"/> and not running.</summary>
    public IReadOnlyList<int> Prunable(DateTimeOffset before) =>
        ListScans().Where(s => s.StartedAt < before && s.Status != ScanStatus.Running).Select(s => s.Id).ToList();

    /// <summary>
    /// Deletes the scans started before <paramref name="before"/> (their devices, graph and drawings) in one transaction,
    /// keeping of each only its number and seal, so the chain still verifies and a deleted tombstone still shows.
    /// </summary>
    public IReadOnlyList<int> Prune(DateTimeOffset before) => Guard(_path, () =>
    {
        var old = Prunable(before);
        _db.BeginTrans();
        foreach (int id in old)
        {
            var scans = _db.GetCollection(Scans);
            var document = scans.FindById(id);
            var tombstone = new BsonDocument { ["_id"] = id, [Pruned] = DateTimeOffset.UtcNow.UtcDateTime };
            if (document.ContainsKey(Seal)) tombstone[Seal] = document[Seal];
            scans.Update(tombstone);
            _db.GetCollection(Polls).DeleteMany(Query.EQ("scanId", id));
            _db.FileStorage.Delete(GraphFileId(id));
            if (_db.GetCollectionNames().Contains(Layouts)) _db.GetCollection(Layouts).DeleteMany(Query.EQ("scanId", id));
        }
        _db.Commit();
        _db.Checkpoint();
        return old;
    });
}
