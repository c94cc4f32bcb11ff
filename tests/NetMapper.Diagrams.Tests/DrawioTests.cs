using System.Xml.Linq;

namespace NetMapper.Diagrams.Tests;

public class DrawioTests
{
    public static TheoryData<string> Views => ["physical", "logical", "zones"];

    /// <summary>The pages of a view of a generated network of 80 devices, as the diagram command lays them out.</summary>
    private static DiagramPage[] Pages(string view, string language = "en")
    {
        var physical = SyntheticNetwork.Build(80);
        var context = ZonedLayoutTests.Context(language);
        if (view == "logical") return [new DiagramPage(LogicalLayout.Run(SyntheticLogical.Build(physical)), context)];
        var (layout, hints) = ZonedLayout.Run(physical);
        if (view == "physical") return [new DiagramPage(layout, context)];
        return ZonePages.Split(physical).Select(p => new DiagramPage(ZonedLayout.Run(p.Graph, hints).Layout, context)).ToArray();
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task DrawIos_Own_Library_Draws_Every_Box_And_Line_Where_The_Svg_Does(string view)
    {
        var pages = Pages(view);
        var file = Path.Combine(Directory.CreateTempSubdirectory("netmapper-drawio-").FullName, view + ".drawio");
        await File.WriteAllTextAsync(file, DrawioWriter.Write(pages), TestContext.Current.CancellationToken);
        try
        {
            var drawn = await DrawioGeometry.ReadAsync(file);
            var diagrams = XDocument.Load(file).Descendants("diagram").ToArray();

            Assert.Equal(pages.Length, drawn.Count);
            var svgs = pages.Select(p => XDocument.Parse(SvgWriter.ToXml(SvgWriter.Build(p.Layout, p.Context)))).ToArray();
            Assert.Empty(pages.SelectMany((_, i) => DrawioGeometry.Differences(diagrams[i], drawn[i], svgs[i])));
        }
        finally { Directory.Delete(Path.GetDirectoryName(file)!, recursive: true); }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_Line_Has_A_Routing_Style_And_Waypoints_And_Ends_Where_The_Svg_Line_Does(string view)
    {
        var doc = XDocument.Parse(DrawioWriter.Write(Pages(view)));

        var lines = doc.Descendants("mxCell").Where(c => (string?)c.Attribute("edge") == "1").ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            var style = (string)line.Attribute("style")!;
            Assert.Matches("edgeStyle=(orthogonalEdgeStyle|none);", style);
            Assert.Contains("exitPerimeter=0;", style, StringComparison.Ordinal);
            Assert.Contains("entryPerimeter=0;", style, StringComparison.Ordinal);
            Assert.NotEmpty(line.Element("mxGeometry")!.Element("Array")!.Elements("mxPoint"));
        });
    }

    [Fact]
    public void Right_Angled_Routes_Take_The_Orthogonal_Style_And_Slanted_Ones_Straight_Segments()
    {
        Assert.Equal("edgeStyle=orthogonalEdgeStyle;", DrawioEdges.RoutingStyle([new(0, 0), new(0, 10), new(20, 10)]));
        Assert.Equal("edgeStyle=none;", DrawioEdges.RoutingStyle([new(0, 0), new(5, 10), new(20, 10)]));
        Assert.Equal([new Pt(0, 5)], DrawioEdges.Waypoints([new(0, 0), new(0, 10)]));
        Assert.Equal([new Pt(0, 0), new Pt(0, 10), new Pt(20, 10)],
            DrawioEdges.Simplified([new(0, 0), new(0, 4), new(0, 10), new(0, 10), new(20, 10)]));
    }

    [Fact]
    public void Each_Role_Has_Its_Drawio_Stencil_Drawn_In_Its_Box()
    {
        var doc = XDocument.Parse(DrawioWriter.Write(Pages("physical")));
        var cells = doc.Descendants("mxCell").ToArray();

        var devices = doc.Descendants("UserObject").Where(u => (string?)u.Attribute("kind") != "link").ToArray();
        Assert.All(devices, device =>
        {
            var icon = cells.Single(c => (string?)c.Attribute("parent") == (string)device.Attribute("id")!
                && (string?)c.Attribute("vertex") == "1");
            var kind = Enum.GetValues<NodeKind>().Single(k => DrawioShapes.KindData(k) == (string)device.Attribute("kind")!);
            Assert.StartsWith(DrawioShapes.Stencil(kind), (string)icon.Attribute("style")!, StringComparison.Ordinal);
            Assert.Contains("connectable=0;", (string)icon.Attribute("style")!, StringComparison.Ordinal);
        });
        string[] roles = ["firewall", "router", "l3Switch", "switch", "accessPoint", "server"];
        Assert.Equal(roles.Order(), devices.Select(d => (string)d.Attribute("kind")!).Distinct().Order());
    }

    [Fact]
    public void Stencils_Are_Draw_Ios_Own_And_Differ_Between_Roles()
    {
        var roles = Enum.GetValues<NodeKind>().Where(k => k is not (NodeKind.Bus or NodeKind.Unknown)).ToArray();
        var stencils = roles.Select(DrawioShapes.Stencil).ToArray();

        Assert.All(stencils, s => Assert.Matches(@"^shape=mxgraph\.(networks|cisco19)\.[a-z_0-9]+;(prIcon=[a-z_0-9]+;)?$", s));
        Assert.Equal(stencils.Length, stencils.Distinct().Count());
    }

    [Fact]
    public void The_Kind_Is_English_Data_In_Both_Languages_And_The_Localised_Name_Is_Text()
    {
        static XElement[] Devices(string language) => XDocument.Parse(DrawioWriter.Write(Pages("physical", language)))
            .Descendants("UserObject").Where(u => (string?)u.Attribute("kind") != "link").ToArray();
        var english = Devices("en");
        var chinese = Devices("zh-TW");

        Assert.Equal(english.Select(d => (string?)d.Attribute("kind")), chinese.Select(d => (string?)d.Attribute("kind")));
        var router = chinese.First(d => (string?)d.Attribute("kind") == "router");
        Assert.Equal("路由器", (string?)router.Attribute("kind-name"));
        Assert.Contains("路由器", (string)router.Attribute("tooltip")!, StringComparison.Ordinal);
        Assert.Contains(english, d => (string?)d.Attribute("kind") == "l3Switch");
    }

    [Fact]
    public void Another_Zones_Device_Is_Filled_Grey_As_In_The_Svg_And_Dashed_Only_When_Not_Polled()
    {
        var pages = Pages("zones");
        var diagrams = XDocument.Parse(DrawioWriter.Write(pages)).Descendants("diagram").ToArray();

        Assert.Equal(pages.Length, diagrams.Length);
        for (int i = 0; i < pages.Length; i++)
        {
            var styles = diagrams[i].Descendants("UserObject").Where(u => (string?)u.Attribute("kind") != "link")
                .ToDictionary(u => (string)u.Attribute("netmapper-id")!, u => (string)u.Element("mxCell")!.Attribute("style")!);
            foreach (var node in pages[i].Layout.Nodes.Select(n => n.Node))
            {
                string fill = node.Connector ? NodeShapes.OtherZoneFill : "#FFFFFF";
                Assert.Contains($"fillColor={fill};", styles[node.Id], StringComparison.Ordinal);
                Assert.Equal(node.Unconfirmed, styles[node.Id].Contains("dashed=1;", StringComparison.Ordinal));
            }
        }
        Assert.Contains(pages, p => p.Layout.Nodes.Any(n => n.Node.Connector));
    }
}
