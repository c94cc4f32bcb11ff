using System.Globalization;
using System.Xml.Linq;
using NetMapper.Diagrams;
using NetMapper.Topology;

namespace NetMapper.Cli.Tests;

/// <summary>Reads the demo's diagrams back and checks their structure against the scan: the drawings' promises, not pixels.</summary>
internal static class SampleDiagrams
{
    public static void Check(string diagramDir, TopologyGraph graph)
    {
        var svg = XDocument.Load(Path.Combine(diagramDir, "netmapper-physical-scan1.svg"));
        var nodes = svg.Descendants().Where(e => e.Attribute("data-node") is not null)
            .ToDictionary(e => Attr(e, "data-node"), e => (Zone: Attr(e, "data-zone"), Box: BoxOf(Child(e, "rect"))));
        var zones = svg.Descendants().Where(e => e.Attribute("data-zone") is not null && e.Attribute("data-node") is null)
            .ToDictionary(e => Attr(e, "data-zone"), e => BoxOf(Child(e, "rect")));
        var edges = svg.Descendants().Where(e => e.Attribute("data-edge") is not null)
            .Select(e => Pair(Attr(e, "data-from"), Attr(e, "data-to"))).ToHashSet();

        // every discovered device and link is drawn
        Assert.All(graph.Devices, d => Assert.Contains(d.Id, nodes.Keys));
        Assert.All(graph.Links, l => Assert.Contains(Pair(l.A.Device, l.B.Device), edges));
        // every device inside its zone's container and no other; containers apart; boxes apart
        foreach (var (id, node) in nodes)
        {
            if (node.Zone.Length > 0) Assert.True(zones[node.Zone].Contains(node.Box), $"{id} lies outside its zone {node.Zone}");
            Assert.All(zones.Where(z => z.Key != node.Zone), z => Assert.False(z.Value.Overlaps(node.Box), $"{id} overlaps zone {z.Key}"));
            var later = nodes.Where(o => string.CompareOrdinal(o.Key, id) > 0);
            Assert.All(later, o => Assert.False(o.Value.Box.Overlaps(node.Box), $"{id} overlaps {o.Key}"));
        }
        Assert.All(zones, a => Assert.All(
            zones.Where(b => string.CompareOrdinal(b.Key, a.Key) > 0),
            b => Assert.False(a.Value.Overlaps(b.Value), $"zone {a.Key} overlaps zone {b.Key}")));
        // no line runs through a box that is not one of its ends
        var placed = nodes.Select(n => PlacedAt(n.Key, n.Value.Zone, n.Value.Box)).ToArray();
        var lines = svg.Descendants().Where(e => e.Attribute("data-edge") is not null).Select(LineOf).ToArray();
        var layout = new DiagramLayout(new DiagramGraph("physical", "physical"), 0, 0) { Nodes = placed, Edges = lines };
        Assert.Empty(LayoutChecks.LinesThroughNodes(layout));

        // every page of every view readable: no text over another or over a box, no line through a zone title; the
        // firewalls on the boundaries they guard; out-of-band management as one bus with drops
        foreach (var file in Directory.GetFiles(diagramDir, "netmapper-*-scan1*.svg").Order(StringComparer.Ordinal))
        {
            var page = XElement.Load(file);
            var collisions = TextBoxes.HasDrawingFont() || Requires.LabRequired ? LabelChecks.Collisions(page) : [];
            Assert.True(collisions is [], $"{Path.GetFileName(file)}: {string.Join("; ", collisions.Take(5))}");
            var misplaced = BoundaryChecks.FirewallsOffTheirBoundary(page).Concat(BoundaryChecks.ManagementNotOnOneBus(page)).ToArray();
            Assert.True(misplaced is [], $"{Path.GetFileName(file)}: {string.Join("; ", misplaced)}");
        }

        // the editable copy has the same devices, in their zone containers, and the links as connectors
        var drawio = XDocument.Load(Path.Combine(diagramDir, "netmapper-physical-scan1.drawio"));
        var objects = drawio.Descendants("UserObject").ToDictionary(u => Attr(u, "id"), u => Attr(u, "netmapper-id"));
        Assert.All(graph.Devices, d => Assert.Contains(d.Id, objects.Values));
        var connectors = drawio.Descendants("mxCell").Where(c => (string?)c.Attribute("edge") == "1")
            .Select(c => Pair(objects[Attr(c, "source")], objects[Attr(c, "target")])).ToHashSet();
        Assert.All(graph.Links, l => Assert.Contains(Pair(l.A.Device, l.B.Device), connectors));
        var boxes = drawio.Descendants("UserObject").Where(u => Attr(u, "kind") != "link");
        var zoned = boxes.Where(u => nodes[Attr(u, "netmapper-id")].Zone.Length > 0);
        Assert.All(zoned, u => Assert.Equal("zone:" + nodes[Attr(u, "netmapper-id")].Zone, Attr(u.Element("mxCell")!, "parent")));

        // the logical view has a bus for every subnet; the zone pages one page per zone drawn
        var logical = XDocument.Load(Path.Combine(diagramDir, "netmapper-logical-scan1.svg"));
        Assert.Equal(graph.Subnets.Count, logical.Descendants().Count(e => (string?)e.Attribute("data-kind") == nameof(NodeKind.Bus)));
        Assert.Equal(zones.Count, Directory.GetFiles(diagramDir, "netmapper-zones-scan1-*.svg").Length);
        var pdf = File.ReadAllText(Path.Combine(diagramDir, "netmapper-physical-scan1.pdf"), System.Text.Encoding.Latin1);
        Assert.StartsWith("%PDF", pdf[..4], StringComparison.Ordinal);
    }

    private static PlacedNode PlacedAt(string id, string zone, Box box) =>
        new(new DiagramNode(id, NodeKind.Unknown, id) { ZoneId = zone }, box);

    /// <summary>A drawn line as the layout checks see it: its edge and the points of its polyline.</summary>
    private static PlacedEdge LineOf(XElement e)
    {
        var edge = new DiagramEdge(Attr(e, "data-edge"), Attr(e, "data-from"), Attr(e, "data-to"));
        return new PlacedEdge(edge, Points(Attr(Child(e, "polyline"), "points")));
    }

    private static string Attr(XElement e, string name) => (string)e.Attribute(name)!;

    private static XElement Child(XElement e, string localName) => e.Elements().First(x => x.Name.LocalName == localName);

    private static Pt[] Points(string text)
    {
        var numbers = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return Enumerable.Range(0, numbers.Length / 2).Select(i => new Pt(numbers[2 * i], numbers[2 * i + 1])).ToArray();
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static Box BoxOf(XElement rect)
    {
        double A(string name) => double.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
        return new Box(A("x"), A("y"), A("width"), A("height"));
    }
}
