using System.Xml.Linq;

namespace NetMapper.Diagrams.Tests;

public class ZonePageStyleTests
{
    private static XElement Box(XElement svg, string id) =>
        svg.Descendants().Single(e => (string?)e.Attribute("data-node") == id).Elements().First(e => e.Name.LocalName == "rect");

    private static IEnumerable<string> LegendItems(XElement svg) =>
        svg.Descendants().Select(e => (string?)e.Attribute("data-legend-item")).OfType<string>();

    [Fact]
    public void On_A_Zone_Page_Another_Zones_Device_Is_Filled_Grey_And_One_Not_Polled_Is_Dashed_Each_Explained_In_The_Legend()
    {
        // fw-int1 reaches the production page as a connector; production-core2 and fw-int2 were never polled
        string[] notPolled = ["production-core2", "fw-int2"];
        var pages = GeneratedDrawings.Of(60, g => g with
        {
            Nodes = g.Nodes.Select(n => notPolled.Contains(n.Id) ? n with { Unconfirmed = true } : n).ToArray(),
        });
        var production = pages.Single(p => p.Page == "zone production").Svg;

        var otherZone = Box(production, "fw-int1");
        Assert.Equal(NodeShapes.OtherZoneFill, (string?)otherZone.Attribute("fill"));
        Assert.Null(otherZone.Attribute("stroke-dasharray"));
        var unpolled = Box(production, "production-core2");
        Assert.Equal("#FFFFFF", (string?)unpolled.Attribute("fill"));
        Assert.NotNull(unpolled.Attribute("stroke-dasharray"));
        var both = Box(production, "fw-int2");
        Assert.Equal((NodeShapes.OtherZoneFill, true), ((string?)both.Attribute("fill"), both.Attribute("stroke-dasharray") is not null));
        Assert.Contains("other-zone", LegendItems(production));
        Assert.Contains("unconfirmed", LegendItems(production));
        Assert.Contains("Device of another zone, shown for its link", production.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Physical_View_Has_No_Other_Zone_Entry_Where_It_Shows_No_Such_Device()
    {
        var physical = GeneratedDrawings.Of(60)[0].Svg;

        Assert.DoesNotContain("other-zone", LegendItems(physical));
        Assert.DoesNotContain(physical.Descendants(), e => (string?)e.Attribute("fill") == NodeShapes.OtherZoneFill
            && e.Parent?.Attribute("data-node") is not null);
    }
}
