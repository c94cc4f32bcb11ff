using NetMapper.Zones;

namespace NetMapper.Diagrams.Tests;

public class ManagementAndFirewallTests
{
    [Theory]
    [InlineData(60)]
    [InlineData(500)]
    public void Firewalls_That_Join_Zones_Stand_On_The_Boundary_Between_Them_On_Every_Page(int devices)
    {
        foreach (var (page, svg) in GeneratedDrawings.Of(devices))
            Assert.True(BoundaryChecks.FirewallsOffTheirBoundary(svg) is [], page + ": "
                + string.Join("; ", BoundaryChecks.FirewallsOffTheirBoundary(svg)));
    }

    [Fact]
    public void An_Inner_Firewall_Between_The_Outer_Firewall_And_One_Zone_Stands_On_The_Boundary_Above_That_Zone()
    {
        // as in the sample head office: fw-int1 links the production core to fw-ext1 only, and to management out of band
        var svg = SvgWriter.Build(ZonedLayout.Run(HeadOffice()).Layout, ZonedLayoutTests.Context());

        Assert.Empty(BoundaryChecks.FirewallsOffTheirBoundary(svg));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(500)]
    public void Management_Lines_Are_Short_Drops_To_One_Bus_On_Every_Page(int devices)
    {
        foreach (var (page, svg) in GeneratedDrawings.Of(devices))
            Assert.True(BoundaryChecks.ManagementNotOnOneBus(svg) is [], page + ": "
                + string.Join("; ", BoundaryChecks.ManagementNotOnOneBus(svg).Take(5)));
    }

    [Fact]
    public void A_Management_Switch_Joins_The_Bus_By_One_Drop_Whatever_Its_Number_Of_Managed_Devices()
    {
        var layout = ZonedLayout.Run(HeadOffice()).Layout;

        var management = layout.Edges.Where(e => e.Edge.Management).ToArray();
        Assert.Equal(3, management.Length);
        Assert.All(management, e => Assert.True(e.Drop is { AtFrom: true }, e.Edge.Id));
        // every management line reaches mgmt-sw1 at one port, and the bus holds that port's one drop
        var port = Assert.Single(management.Select(e => e.Points[^1]).Distinct());
        Assert.Single(layout.ManagementBus, l => l[0] == port);
    }

    private static DiagramGraph HeadOffice()
    {
        var policy = ZonePolicy.Default();
        DiagramNode Node(string id, NodeKind kind, string zone, bool boundary = false) =>
            new(id, kind, id) { ZoneId = zone, OnBoundary = boundary };
        DiagramEdge Edge(string a, string b, bool management = false) => new($"{a}~{b}", a, b) { Management = management };
        string[] zoneIds = ["external", "dmz", "production", "management"];
        return new DiagramGraph("physical", "head office")
        {
            Nodes =
            [
                Node("edge-rtr1", NodeKind.Router, "external"), Node("fw-ext1", NodeKind.Firewall, "dmz", true),
                Node("dmz-sw1", NodeKind.Switch, "dmz"), Node("fw-int1", NodeKind.Firewall, "production", true),
                Node("core-sw1", NodeKind.L3Switch, "production"), Node("mgmt-sw1", NodeKind.Switch, "management"),
            ],
            Edges =
            [
                Edge("edge-rtr1", "fw-ext1"), Edge("fw-ext1", "dmz-sw1"), Edge("fw-ext1", "fw-int1"), Edge("fw-int1", "core-sw1"),
                Edge("fw-ext1", "mgmt-sw1", true), Edge("fw-int1", "mgmt-sw1", true), Edge("core-sw1", "mgmt-sw1", true),
            ],
            Zones = zoneIds.Select(id => policy.Find(id)!).Select(z => new DiagramZone(z, ZoneRows.RowOf(z.Trust), 0)).ToArray(),
        };
    }
}
