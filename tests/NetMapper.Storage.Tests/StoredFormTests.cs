using System.Text.Json;
using NetMapper.Topology;

namespace NetMapper.Storage.Tests;

/// <summary>The graph's JSON form: today's types round-trip, and what earlier versions stored still loads.</summary>
public class StoredFormTests
{
    private const string Core = "mac:00:00:0c:00:00:01", Edge = "mac:00:00:0c:00:00:02";

    private static TopologyGraph Read(string json) => JsonSerializer.Deserialize<TopologyGraph>(json, GraphJson.Options)!;

    [Fact]
    public void A_Lag_Is_Stored_As_Its_Two_Aggregate_Interfaces_And_Reads_Back_Equal()
    {
        var link = new Link(new LinkEnd(Core, "Gi1/0/1"), new LinkEnd(Edge, "xe-0/0/1:2"))
        {
            Aggregate = new LinkAggregate("Port-channel1", "ae0"),
        };
        var json = JsonSerializer.Serialize(new TopologyGraph { Links = [link] }, GraphJson.Options);

        Assert.Contains("\"aggregate\":{\"a\":\"Port-channel1\",\"b\":\"ae0\"}", json, StringComparison.Ordinal);
        Assert.Equal(link.Aggregate, Read(json).Links.Single().Aggregate);
    }

    [Fact]
    public void A_Lag_Stored_As_A_String_By_An_Earlier_Version_Loads_As_Its_Two_Aggregate_Interfaces()
    {
        // Device ids and port names both hold colons: the old string is cut by the link's own devices, not by its colons.
        var graph = Read($$"""
            {"links": [
              {"a": {"device": "{{Core}}", "port": "Gi1/0/1"}, "b": {"device": "{{Edge}}", "port": "xe-0/0/1:2"},
               "aggregate": "{{Core}}:Port-channel1~{{Edge}}:xe-0/0/1:2"},
              {"a": {"device": "{{Core}}", "port": "Gi1/0/3"}, "b": {"device": "{{Edge}}", "port": "xe-0/0/3"}, "aggregate": null}
            ]}
            """);

        Assert.Equal(new LinkAggregate("Port-channel1", "xe-0/0/1:2"), graph.Links[0].Aggregate);
        Assert.Equal($"{Core}:Port-channel1~{Edge}:xe-0/0/1:2", graph.Links[0].AggregateName());
        Assert.Null(graph.Links[1].Aggregate);
    }

    [Fact]
    public void A_Subnet_Member_Is_Stored_By_Device_Id()
    {
        var json = JsonSerializer.Serialize(SameNameNetwork.Graph(), GraphJson.Options);

        string stored = $$"""{"deviceId":"{{SameNameNetwork.RouterId}}","interface":"Vlan10","address":"10.0.0.1"}""";
        Assert.Contains(stored, json, StringComparison.Ordinal);
        Assert.Equal(SameNameNetwork.Graph().Subnets.Single().Members, Read(json).Subnets.Single().Members);
    }

    [Fact]
    public void Subnet_Members_Stored_By_Name_Load_As_The_Device_With_That_Name_And_Address()
    {
        // An earlier version named members by label: two devices called "sw" are told apart by their address.
        var graph = Read($$"""
            {"devices": [
              {"id": "{{SameNameNetwork.SwitchId}}", "name": "sw",
               "addresses": [{"ifIndex": 10, "address": "10.0.0.2", "prefixLength": 24}]},
              {"id": "{{SameNameNetwork.RouterId}}", "name": "sw",
               "addresses": [{"ifIndex": 10, "address": "10.0.0.1", "prefixLength": 24}]},
              {"id": "ip:10.0.0.3", "name": ""}
            ],
             "subnets": [{"prefix": "10.0.0.0/24", "vlan": null, "hostCount": 0, "members": [
              {"device": "sw", "interface": "Vlan10", "address": "10.0.0.1"},
              {"device": "sw", "interface": "Vlan10", "address": "10.0.0.2"},
              {"device": "ip:10.0.0.3", "interface": "ifIndex 3", "address": "10.0.0.3"}
            ]}]}
            """);

        Assert.Equal([SameNameNetwork.RouterId, SameNameNetwork.SwitchId, "ip:10.0.0.3"],
            graph.Subnets.Single().Members.Select(m => m.DeviceId));
    }

    [Fact]
    public void A_Database_With_Scans_Of_The_Earlier_Form_Reads_Them_And_Is_Marked_Newer_Once_It_Stores_One()
    {
        var dir = Directory.CreateTempSubdirectory("netmapper-store-").FullName;
        string db = Path.Combine(dir, "netmapper.db");
        try
        {
            using (var store = ScanStore.Open(db))
                store.CompleteScan(store.GetScan(store.BeginScan(new ScanInfo())), new TopologyGraph());
            OverwriteAsSchema1(db, scanId: 1, $$"""
                {"devices": [{"id": "{{Core}}", "name": "core1"}, {"id": "{{Edge}}", "name": "edge1"}],
                 "links": [{"a": {"device": "{{Core}}", "port": "Gi1/0/1"}, "b": {"device": "{{Edge}}", "port": "ge-0/0/1"},
                            "aggregate": "{{Core}}:Po1~{{Edge}}:ae0"}],
                 "subnets": [{"prefix": "10.0.0.0/30", "members": [{"device": "edge1", "interface": "ae0", "address": "10.0.0.2"}]}]}
                """);

            TopologyGraph graph;
            using (var store = ScanStore.Open(db))
                graph = store.LoadGraph(1);
            Assert.Equal(new LinkAggregate("Po1", "ae0"), graph.Links.Single().Aggregate);
            Assert.Equal(Edge, graph.Subnets.Single().Members.Single().DeviceId);
            Assert.Equal(1, SchemaOf(db)); // reading changes nothing

            using (var store = ScanStore.Open(db))
                store.CompleteScan(store.GetScan(store.BeginScan(new ScanInfo())), graph);
            Assert.Equal(ScanStore.SchemaVersion, SchemaOf(db));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>What a file written by the first version holds: schema 1, the graph as gzipped JSON in file storage.</summary>
    private static void OverwriteAsSchema1(string db, int scanId, string json)
    {
        using var lite = new LiteDB.LiteDatabase(db);
        lite.GetCollection("meta").Update(new LiteDB.BsonDocument { ["_id"] = "schema", ["version"] = 1 });
        using var gz = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(System.Text.Encoding.UTF8.GetBytes(json));
        gz.Position = 0;
        lite.FileStorage.Upload($"$/graphs/{scanId}", $"scan-{scanId}.json.gz", gz);
    }

    private static int SchemaOf(string db)
    {
        using var lite = new LiteDB.LiteDatabase(db);
        return lite.GetCollection("meta").FindById("schema")["version"].AsInt32;
    }
}
