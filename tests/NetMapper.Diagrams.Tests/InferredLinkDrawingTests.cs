using System.Xml.Linq;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams.Tests;

/// <summary>A link inferred from a shared point-to-point subnet is drawn, but never passes for one LLDP or CDP saw.</summary>
public class InferredLinkDrawingTests
{
    private static TopologyGraph RouterFirewallAndSwitch()
    {
        Device Named(string id, DeviceRole role) => new(id) { Name = id, Role = role, Status = PollStatus.Done };
        var seen = new Link(new LinkEnd("core", "Gi1/0/1"), new LinkEnd("sw", "Gi0/1"))
        {
            Protocols = ["lldp"], Confidence = LinkConfidence.High,
        };
        var inferred = new Link(new LinkEnd("core", "Gi1/0/16"), new LinkEnd("fw", "Ethernet0/1"))
        {
            Protocols = ["arp"], Confidence = LinkConfidence.Low,
        };
        return new TopologyGraph
        {
            Devices = [Named("core", DeviceRole.L3Switch), Named("fw", DeviceRole.Firewall), Named("sw", DeviceRole.Switch)],
            Links = [seen, inferred],
        };
    }

    private static DiagramLayout Layout(TopologyGraph graph)
    {
        var view = PhysicalView.Build(graph, new ZoneMap(graph, ZonePolicy.Default()), NoLifecycleData.Instance, new DiagramText("en"));
        return ZonedLayout.Run(view).Layout;
    }

    [Fact]
    public void An_Inferred_Link_Is_Drawn_Dash_Dotted_And_The_Legend_Says_What_It_Is()
    {
        var svg = XDocument.Parse(SvgWriter.ToXml(SvgWriter.Build(Layout(RouterFirewallAndSwitch()), ZonedLayoutTests.Context())));

        string? DashesOf(string to) => (string?)svg.Descendants().Single(e => (string?)e.Attribute("data-to") == to)
            .Elements().Single(e => e.Name.LocalName == "polyline").Attribute("stroke-dasharray");
        Assert.Equal("10 3 2 3", DashesOf("fw"));
        Assert.Null(DashesOf("sw"));
        Assert.Contains("Inferred (shared point-to-point subnet)", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Drawio_Connector_Of_An_Inferred_Link_Keeps_Its_Dash_Dots()
    {
        var layout = Layout(RouterFirewallAndSwitch());

        var drawio = XDocument.Parse(DrawioWriter.Write([new DiagramPage(layout, ZonedLayoutTests.Context())]));

        var connectors = drawio.Descendants("mxCell").Where(c => (string?)c.Attribute("edge") == "1");
        var styles = connectors.Select(c => (string)c.Attribute("style")!);
        Assert.Single(styles, s => s.Contains("dashPattern=10 3 2 3;", StringComparison.Ordinal));
    }
}
