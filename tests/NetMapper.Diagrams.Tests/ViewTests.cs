using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams.Tests;

public class ViewTests
{
    [Fact]
    public void The_Logical_View_Attaches_Each_Of_Two_Devices_Of_One_Name_To_The_Subnet_By_Its_Own_Address()
    {
        var graph = SameNameNetwork.Graph();
        var view = LogicalView.Build(graph, new ZoneMap(graph, ZonePolicy.Default()), new DiagramText("en"));

        Assert.Equal([(SameNameNetwork.SwitchId, "Vlan10 10.0.0.2"), (SameNameNetwork.RouterId, "Vlan10 10.0.0.1")],
            view.Edges.Select(e => (e.From, e.ToLabel)));
        Assert.Equal(2, view.Nodes.Count(n => n.Title == SameNameNetwork.Name));
    }

    [Fact]
    public void A_Lag_Is_One_Line_Labelled_With_Both_Aggregate_Interfaces()
    {
        Link Member(int n) => new(new LinkEnd("a", $"Gi1/0/{n}"), new LinkEnd("b", $"ge-0/0/{n}"))
        {
            Aggregate = new LinkAggregate("Port-channel1", "ae0"),
        };
        var graph = new TopologyGraph { Devices = [new Device("a"), new Device("b")], Links = [Member(1), Member(2)] };

        var view = PhysicalView.Build(graph, new ZoneMap(graph, ZonePolicy.Default()), NoLifecycleData.Instance, new DiagramText("en"));

        var lag = Assert.Single(view.Edges);

        Assert.Equal(("a:Port-channel1~b:ae0", "Po1", "ae0", 2), (lag.Id, lag.FromLabel, lag.ToLabel, lag.Members));
    }
}
