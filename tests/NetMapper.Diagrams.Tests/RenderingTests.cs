using System.Xml.Linq;
using NetMapper.Diagrams;

namespace NetMapper.Diagrams.Tests;

public class RenderingTests
{
    private static DiagramGraph WithMark(LifecycleMark? mark)
    {
        var graph = SyntheticNetwork.Build(40);
        return graph with { Nodes = graph.Nodes.Select(n => n.Id == "dmz-core1" ? n with { Lifecycle = mark } : n).ToArray() };
    }

    [Fact]
    public void A_Device_Past_End_Of_Support_Gets_The_Eol_Badge_And_The_Legend_Explains_It()
    {
        var mark = new LifecycleMark(LifecycleState.PastEndOfSupport, "EoS 2022-10-31");
        var layout = ZonedLayout.Run(WithMark(mark)).Layout;
        var svg = SvgWriter.ToXml(SvgWriter.Build(layout, ZonedLayoutTests.Context()));
        var doc = XDocument.Parse(svg);

        var node = doc.Descendants().Single(e => (string?)e.Attribute("data-node") == "dmz-core1");
        Assert.Contains(node.Descendants(), e => (string?)e.Attribute("data-lifecycle") == "PastEndOfSupport");
        Assert.Contains("Past end of support (EOS/EOL)", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Title_Block_And_Labels_Speak_Traditional_Chinese_When_Asked()
    {
        var svg = SvgWriter.ToXml(SvgWriter.Build(ZonedLayout.Run(SyntheticNetwork.Build(40)).Layout, ZonedLayoutTests.Context("zh-TW")));

        Assert.Contains("網路架構圖 — 實體架構", svg, StringComparison.Ordinal);
        Assert.Contains("內容雜湊", svg, StringComparison.Ordinal);
        Assert.Contains("sha256:0123456789abcdef", svg, StringComparison.Ordinal);
        Assert.Contains("第 1 / 1 頁", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Scan_With_No_Devices_Draws_Empty_Views_And_No_Zone_Pages_Without_Failing()
    {
        var empty = new NetMapper.Topology.TopologyGraph();
        var zones = new NetMapper.Zones.ZoneMap(empty, NetMapper.Zones.ZonePolicy.Default());
        var dir = Directory.CreateTempSubdirectory("netmapper-empty-").FullName;
        try
        {
            foreach (var view in DiagramBook.Views)
            {
                var (pages, _) = DiagramBook.Build(view, empty, zones, NoLifecycleData.Instance, ZonedLayoutTests.Context(), null);
                var written = DiagramFiles.Write(pages, dir, view, DiagramFiles.Formats);
                Assert.Equal(view == "zones" ? 0 : DiagramFiles.Formats.Length, written.Count);
            }
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void The_Drawio_File_Puts_Each_Device_In_Its_Zone_Container_And_Keeps_Links_As_Connectors()
    {
        var graph = SyntheticNetwork.Build(60);
        var layout = ZonedLayout.Run(graph).Layout;
        var doc = XDocument.Parse(DrawioWriter.Write([new DiagramPage(layout, ZonedLayoutTests.Context())]));

        var devices = doc.Descendants("UserObject").Where(u => (string?)u.Attribute("kind") != "link")
            .ToDictionary(u => (string)u.Attribute("netmapper-id")!, u => u);
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(), devices.Keys.Order());
        foreach (var node in graph.Nodes)
            Assert.Equal(node.OnBoundary ? "1" : "zone:" + node.ZoneId, (string)devices[node.Id].Element("mxCell")!.Attribute("parent")!);
        var cellOf = devices.ToDictionary(d => (string)d.Value.Attribute("id")!, d => d.Key);
        var edgeCells = doc.Descendants("mxCell").Where(c => (string?)c.Attribute("edge") == "1");
        var connectors = edgeCells.Select(c => (cellOf[(string)c.Attribute("source")!], cellOf[(string)c.Attribute("target")!])).ToArray();
        Assert.Equal(graph.Edges.Select(e => (e.From, e.To)).Order(), connectors.Order());
    }

    [Fact]
    public void The_GraphML_Nests_Each_Zone_As_A_Graph_Of_Its_Devices()
    {
        var graph = SyntheticNetwork.Build(60);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var doc = XDocument.Parse(GraphMlWriter.Write(ZonedLayout.Run(graph).Layout, new DiagramText("en")));

        var production = doc.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == "zone:production");
        var inside = production.Element(ns + "graph")!.Elements(ns + "node").Select(n => (string)n.Attribute("id")!).Order();
        Assert.Equal(graph.Nodes.Where(n => n.ZoneId == "production" && !n.OnBoundary).Select(n => n.Id).Order(), inside);
        Assert.Equal(graph.Edges.Count, doc.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task Graphviz_Reads_The_Dot_Export_With_A_Cluster_Per_Zone()
    {
        Requires.Tool("dot");
        var graph = SyntheticNetwork.Build(40);
        string dot = DotWriter.Write(graph, new DiagramText("zh-TW"));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, dot, TestContext.Current.CancellationToken);

        var (exit, output, error) = await ChildProcess.RunAsync("dot", ["-Tplain", file], TimeSpan.FromSeconds(60));
        File.Delete(file);

        Assert.True(exit == 0, error);
        Assert.Equal(graph.Nodes.Count, output.Split('\n').Count(l => l.StartsWith("node ", StringComparison.Ordinal)));
        Assert.Equal(graph.Zones.Count, dot.Split("subgraph \"cluster_").Length - 1);
    }

    [Fact]
    public void Png_And_Pdf_Render_Chinese_Text_With_A_Font_That_Has_It()
    {
        Requires.That(RasterWriter.HasFontFor('網'), "no font with Traditional Chinese glyphs (apt-get install fonts-noto-cjk)");
        var dir = Directory.CreateTempSubdirectory("netmapper-render-").FullName;
        try
        {
            var layout = ZonedLayout.Run(SyntheticNetwork.Build(30)).Layout;
            var svg = SvgWriter.ToXml(SvgWriter.Build(layout, ZonedLayoutTests.Context("zh-TW")));
            RasterWriter.WritePng(svg, Path.Combine(dir, "a.png"), 150);
            RasterWriter.WritePdf([svg, svg], Path.Combine(dir, "a.pdf"), "test", PaperSize.A3);

            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(dir, "a.png"))[..4]);
            var pdf = File.ReadAllText(Path.Combine(dir, "a.pdf"), System.Text.Encoding.Latin1);
            Assert.StartsWith("%PDF", pdf, StringComparison.Ordinal);
            int pages = RasterWriter.Plan(svg, PaperSize.A3).Pages.Count;
            Assert.Equal(2 * pages, System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page\b"));
            Assert.Contains("NotoSansCJK", pdf, StringComparison.Ordinal);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
