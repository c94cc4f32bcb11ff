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
