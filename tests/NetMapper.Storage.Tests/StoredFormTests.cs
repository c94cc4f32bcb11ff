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
        var link = new Link(new LinkEnd(Core, "Gi1/0/1"), new LinkEnd(Edge, "xe-0/0/1:2")) { Aggregate = new LinkAggregate("Port-channel1", "ae0") };
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
}
