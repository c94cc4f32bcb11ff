using System.Net;
using LiteDB;
using NetMapper.Topology;

namespace NetMapper.Storage.Tests;

public sealed class ScanStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-store-").FullName;
    private string Db => Path.Combine(_dir, "netmapper.db");

    private static DeviceSnapshot Snapshot(string id, string name) => new(new Device(id)
    {
        Name = name,
        SysDescr = "  Cisco IOS Software  \n",          // leading/trailing blanks as the device sent them
        Location = "",                                  // empty, not null
        Contact = "網路組 NOC",                          // Traditional Chinese kept as is
        ManagementAddresses = ["10.0.0.1"],
        Interfaces = [new DeviceInterface(1, "Gi1/0/1") { Alias = " uplink ", Mac = MacAddress.Parse("00:00:0c:00:00:01") }],
        Addresses = [new InterfaceAddress(1, IPAddress.Parse("10.0.0.1"), 24)],
        Status = PollStatus.Done,
    });

    [Fact]
    public void A_Stored_Scan_Reads_Back_Exactly_As_Discovered()
    {
        int id;
        var graph = TopologyBuilder.Build([Snapshot("mac:00:00:0c:00:00:01", "core1")]);
        using (var store = ScanStore.Open(Db))
        {
            id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow, Seeds = ["10.0.0.1"] });
            store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete }, graph);
        }
        using var reopened = ScanStore.Open(Db, readOnly: true);
        var device = reopened.LoadGraph(id).Devices.Single();
        Assert.Equal("  Cisco IOS Software  \n", device.SysDescr);
        Assert.Equal("", device.Location);
        Assert.Equal("網路組 NOC", device.Contact);
        Assert.Equal(" uplink ", device.Interfaces[0].Alias);
        Assert.Equal(MacAddress.Parse("00:00:0c:00:00:01"), device.Interfaces[0].Mac);
        Assert.Equal("10.0.0.0/24", reopened.LoadGraph(id).Subnets.Single().Prefix.ToString());
        Assert.Equal(ScanStatus.Complete, reopened.GetScan(id).Status);
    }

    [Fact]
    public void Scans_Are_Never_Overwritten()
    {
        using var store = ScanStore.Open(Db);
        int first = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow });
        store.CompleteScan(store.GetScan(first) with { Status = ScanStatus.Complete }, TopologyBuilder.Build([Snapshot("a", "one")]));
        int second = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow });
        store.CompleteScan(store.GetScan(second) with { Status = ScanStatus.Complete }, TopologyBuilder.Build([Snapshot("b", "two")]));
        Assert.Equal([1, 2], store.ListScans().Select(s => s.Id));
        Assert.Equal("one", store.LoadGraph(first).Devices.Single().Name);
        Assert.Equal("two", store.LoadGraph(second).Devices.Single().Name);
    }

    [Fact]
    public void A_Scan_Is_Redrawn_From_The_Hints_It_Was_First_Drawn_From_And_The_Next_Scan_From_Where_It_Placed_Devices()
    {
        using var store = ScanStore.Open(Db);
        int Scan()
        {
            int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow });
            var graph = TopologyBuilder.Build([Snapshot("a", "one")]);
            store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete }, graph);
            return id;
        }
        int first = Scan(), second = Scan(), third = Scan();

        Assert.Equal((false, null), store.LayoutHints(first, "physical"));
        store.SaveLayout(first, "physical", drawnFrom: null, placed: "{\"a\":1}");
        Assert.Equal((true, null), store.LayoutHints(first, "physical")); // redraw: from nothing, as the first time
        // a later scan: where the latest drawn one placed devices
        Assert.Equal((false, "{\"a\":1}"), store.LayoutHints(third, "physical"));
        store.SaveLayout(second, "physical", drawnFrom: "{\"a\":1}", placed: "{\"a\":2}");
        store.SaveLayout(second, "physical", drawnFrom: "changed", placed: "changed"); // written once: a redraw never moves devices
        Assert.Equal((true, "{\"a\":1}"), store.LayoutHints(second, "physical"));
        Assert.Equal((false, "{\"a\":2}"), store.LayoutHints(third, "physical"));
        Assert.Equal((false, null), store.LayoutHints(third, "logical"));
    }

    [Fact]
    public void A_Scan_Interrupted_Before_It_Ended_Keeps_Its_Devices_And_Is_Marked_So()
    {
        using (var store = ScanStore.Open(Db))
        {
            int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow });
            store.RecordPoll(id, "10.0.0.1", Snapshot("a", "survivor"));
            // the process dies here: no CompleteScan
        }
        using (var store = ScanStore.Open(Db))
        {
            Assert.Equal("survivor", store.LoadGraph(1).Devices.Single().Name);
            store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow });
            var interrupted = store.GetScan(1);
            Assert.Equal(ScanStatus.Incomplete, interrupted.Status);
            Assert.StartsWith("interrupted", interrupted.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_File_Written_By_A_Newer_NetMapper_Is_Refused_With_A_Clear_Error()
    {
        using (var db = new LiteDatabase(Db))
            db.GetCollection("meta").Insert(new BsonDocument { ["_id"] = "schema", ["version"] = ScanStore.SchemaVersion + 1 });
        var e = Assert.Throws<StorageException>(() => ScanStore.Open(Db));
        Assert.Contains("newer NetMapper", e.Message, StringComparison.Ordinal);
        Assert.Contains(Db, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_File_That_Is_Not_A_Scan_Database_Is_Refused_And_Left_Untouched()
    {
        File.WriteAllText(Db, "my notes");
        var e = Assert.Throws<StorageException>(() => ScanStore.Open(Db));
        Assert.Contains("not a NetMapper scan database", e.Message, StringComparison.Ordinal);
        Assert.Equal("my notes", File.ReadAllText(Db));
    }

    [Fact]
    public void Asking_For_A_Scan_That_Does_Not_Exist_Names_It()
    {
        using var store = ScanStore.Open(Db);
        Assert.Contains("no scan 7", Assert.Throws<StorageException>(() => store.GetScan(7)).Message, StringComparison.Ordinal);
        Assert.Contains("no scans yet", Assert.Throws<StorageException>(() => store.Latest()).Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
