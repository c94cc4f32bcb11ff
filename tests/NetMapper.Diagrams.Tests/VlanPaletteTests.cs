using System.Xml.Linq;

namespace NetMapper.Diagrams.Tests;

public class VlanPaletteTests
{
    [Fact]
    public void The_Palette_Colours_Are_At_Least_20_Apart_By_Ciede2000()
    {
        var colours = VlanPalette.Colors;
        var differences = colours.SelectMany((a, i) => colours.Skip(i + 1).Select(b => ColourDifference.Ciede2000(a, b)));

        Assert.True(differences.Min() >= 20, $"least difference {differences.Min():0.0}");
    }

    [Theory]
    [InlineData(110, 220)]
    [InlineData(99, 120)]
    [InlineData(310, 420)]
    public void Vlans_That_Used_To_Share_A_Colour_Get_Colours_At_Least_20_Apart(int first, int second)
    {
        var styles = VlanPalette.Assign([first, second]);

        Assert.True(ColourDifference.Ciede2000(styles[first].Color, styles[second].Color) >= 20);
    }

    [Fact]
    public void A_Vlan_Keeps_Its_Colour_When_Higher_Numbered_Vlans_Join_Its_Page_And_The_Same_Set_Gives_The_Same_Colours()
    {
        var before = VlanPalette.Assign([10, 20, 110]);
        var after = VlanPalette.Assign([110, 20, 10, 500, 3000]);

        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
        Assert.Equal(after, VlanPalette.Assign([3000, 500, 110, 20, 10]));
    }

    [Fact]
    public void Past_Seven_Vlans_The_Colours_Start_Again_With_Another_Pattern_So_No_Two_Vlans_Look_Alike_Up_To_28()
    {
        var styles = VlanPalette.Assign(Enumerable.Range(100, 28));

        Assert.Equal(28, styles.Values.Distinct().Count());
        Assert.All(Enum.GetValues<VlanPattern>(), p => Assert.Equal(7, styles.Values.Count(s => s.Pattern == p)));
    }

    public static readonly TheoryData<int> Sizes = new(60, 400, 2000);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void On_Every_Page_Of_A_Generated_Network_Vlans_Are_20_Apart_And_The_Legend_Shows_Each_With_Its_Style(int devices)
    {
        foreach (var (page, svg) in GeneratedDrawings.Of(devices))
        {
            var alike = PrintChecks.VlansHardToTellApart(svg);
            Assert.True(alike is [], $"{page}: " + string.Join("; ", alike));
            var legend = svg.Descendants().Where(e => (string?)e.Attribute("data-legend-item") == "vlan").ToArray();
            Assert.Equal(PrintChecks.VlanStyles(svg).Count, legend.Length);
            Assert.Equal(PrintChecks.VlanStyles(svg).Values.Order(), legend.Select(PrintChecks.StyleOf).Order());
        }
    }

    [Fact]
    public void A_Vlan_Line_Too_Short_For_Its_Full_Label_Still_Shows_Its_Vlan_Number_In_Its_Colour()
    {
        var graph = new DiagramGraph("physical", "physical")
        {
            Nodes = [new DiagramNode("a", NodeKind.Switch, "a") { ZoneId = "production" },
                new DiagramNode("b", NodeKind.Server, "b") { ZoneId = "production" }],
            Edges = [new DiagramEdge("a~b", "a", "b") { Vlan = 110, Label = "2×25G-SR LACP", FromLabel = "Twe1/0/48", ToLabel = "ens1" }],
            Zones = [new DiagramZone(NetMapper.Zones.ZonePolicy.Default().Zones.Single(z => z.Id == "production"), 0, 0)],
        };
        var svg = SvgWriter.Build(ZonedLayout.Run(VlanPalette.Apply(graph)).Layout, ZonedLayoutTests.Context());

        string colour = VlanPalette.Assign([110])[110].Color;
        var texts = svg.Descendants().Single(e => (string?)e.Attribute("data-edge") == "a~b").Descendants()
            .Where(e => e.Name.LocalName == "text" && (string?)e.Attribute("fill") == colour).Select(t => t.Value);
        Assert.Contains(texts, t => t.Contains("110", StringComparison.Ordinal));
    }
}
