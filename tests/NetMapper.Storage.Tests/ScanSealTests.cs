using LiteDB;
using NetMapper.Topology;

namespace NetMapper.Storage.Tests;

/// <summary>The chain of seals: editing a stored scan with LiteDB directly, or deleting one, is named by verify.</summary>
public sealed class ScanSealTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-seal-").FullName;
    private string Db => Path.Combine(_dir, "netmapper.db");

    private void StoreScans(int count)
    {
        using var store = ScanStore.Open(Db);
        for (int i = 1; i <= count; i++)
        {
            int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow, Seeds = ["10.0.0.1"], Operator = "netops" });
            var graph = new TopologyGraph { Devices = [new Device($"mac:00:00:0c:00:00:0{i}") { Name = $"sw{i}" }] };
            store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete }, graph);
        }
    }

    private IReadOnlyList<ScanCheck> Verify()
    {
        using var store = ScanStore.Open(Db, readOnly: true);
        return store.Verify();
    }

    private void Tamper(Action<LiteDatabase> change)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = Db, Connection = ConnectionType.Direct });
        change(db);
    }

    [Fact]
    public void Untouched_scans_are_intact()
    {
        StoreScans(3);

        Assert.Equal([SealState.Intact, SealState.Intact, SealState.Intact], Verify().Select(c => c.State));
    }

    [Fact]
    public void A_record_edited_directly_in_the_database_is_named_as_altered_and_the_others_stay_intact()
    {
        StoreScans(3);
        Tamper(db =>
        {
            var scans = db.GetCollection("scans");
            var second = scans.FindById(2);
            second["info"] = second["info"].AsString.Replace("netops", "someone-else", StringComparison.Ordinal);
            scans.Update(second);
        });

        Assert.Equal([SealState.Intact, SealState.Altered, SealState.Intact], Verify().Select(c => c.State));
    }

    [Fact]
    public void A_graph_replaced_directly_in_the_database_is_named_as_altered()
    {
        StoreScans(2);
        Tamper(db =>
        {
            using var forged = new MemoryStream(GraphJson.Compress(new TopologyGraph()));
            db.FileStorage.Upload("$/graphs/1", "scan-1.json.gz", forged);
        });

        Assert.Equal([SealState.Altered, SealState.Intact], Verify().Select(c => c.State));
    }

    [Fact]
    public void A_scan_deleted_from_the_middle_is_named_as_removed_and_breaks_the_next_seal()
    {
        StoreScans(3);
        Tamper(db => db.GetCollection("scans").Delete(2));

        var checks = Verify();

        Assert.Equal([(1, SealState.Intact), (2, SealState.Removed), (3, SealState.Altered)], checks.Select(c => (c.Scan, c.State)));
    }

    [Fact]
    public void Verify_reads_a_copy_and_leaves_the_file_as_it_was()
    {
        StoreScans(2);
        var before = File.ReadAllBytes(Db);

        Verify();

        Assert.Equal(before, File.ReadAllBytes(Db));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>The audit log: numbered, sealed entries; an edited or deleted entry is named by verify.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-audit-").FullName;
    private string Db => Path.Combine(_dir, "netmapper.db");

    private void Write(params string[] commands)
    {
        using var store = ScanStore.Open(Db);
        foreach (var command in commands)
            store.Record(new AuditEntry(DateTimeOffset.UtcNow, "netops", "nms01", command, "ok"));
    }

    [Fact]
    public void Entries_are_numbered_in_order_and_verify_finds_nothing_wrong()
    {
        Write("netmapper scan --config a.yaml", "netmapper refresh --config a.yaml");

        using var store = ScanStore.Open(Db, readOnly: true);
        Assert.Equal([(1, "netmapper scan --config a.yaml"), (2, "netmapper refresh --config a.yaml")],
            store.AuditLog().Select(e => (e.Sequence, e.Command)));
        Assert.Empty(store.VerifyAuditLog());
    }

    [Fact]
    public void An_edited_or_deleted_entry_is_named()
    {
        Write("netmapper scan", "netmapper refresh", "netmapper scan");
        using (var db = new LiteDatabase(new ConnectionString { Filename = Db, Connection = ConnectionType.Direct }))
        {
            var log = db.GetCollection("audit");
            var first = log.FindById(1);
            first["entry"] = first["entry"].AsString.Replace("netops", "nobody", StringComparison.Ordinal);
            log.Update(first);
            log.Delete(2);
        }

        using var store = ScanStore.Open(Db, readOnly: true);
        Assert.Equal(["audit entry 1 differs from what was written (or an entry before it was removed)",
            "audit entry 2 is missing: deleted from the database",
            "audit entry 3 differs from what was written (or an entry before it was removed)"], store.VerifyAuditLog());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

/// <summary>Pruning: old scans' data goes, their number and seal stay, and the chain still verifies.</summary>
public sealed class PruneTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-prune-").FullName;
    private string Db => Path.Combine(_dir, "netmapper.db");

    [Fact]
    public void Scans_older_than_the_cut_are_pruned_and_verify_still_passes()
    {
        using (var store = ScanStore.Open(Db))
        {
            foreach (int monthsAgo in new[] { 9, 8, 1 })
            {
                int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow.AddMonths(-monthsAgo) });
                var graph = new TopologyGraph { Devices = [new Device($"mac:00:00:0c:00:00:0{monthsAgo}") { Name = "sw" }] };
                store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete }, graph);
            }
            Assert.Equal([1, 2], store.Prune(DateTimeOffset.UtcNow.AddMonths(-6)));
            Assert.Equal([3], store.ListScans().Select(s => s.Id));
            var e = Assert.Throws<StorageException>(() => store.GetScan(1));
            Assert.Equal(StorageFailure.NoSuchScan, e.Failure);
        }

        using var reopened = ScanStore.Open(Db, readOnly: true);
        Assert.Equal([SealState.Pruned, SealState.Pruned, SealState.Intact], reopened.Verify().Select(c => c.State));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
