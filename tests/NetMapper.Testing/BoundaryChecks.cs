using System.Globalization;
using System.Xml.Linq;
using NetMapper.Diagrams;

namespace NetMapper.Testing;

/// <summary>
/// Where a drawing puts its firewalls and its management network, read back from the SVG: firewalls on the boundary
/// between the zones they join, management lines as one bus with short drops.
/// </summary>
public static class BoundaryChecks
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// Firewalls on a boundary whose lines (management aside) reach zones of two or more bands, directly or through the
    /// boundary firewalls they link to, that do not stand between the lowest bottom and the highest top of those bands.
    /// </summary>
    public static IReadOnlyList<string> FirewallsOffTheirBoundary(XElement svg)
    {
        var nodes = Nodes(svg);
        var zones = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-zone") is not null && g.Attribute("data-node") is null)
            .ToDictionary(g => (string)g.Attribute("data-zone")!, g => BoxOf(g.Element(Svg + "rect")!), StringComparer.Ordinal);
        var links = Edges(svg).Where(e => !e.Management).ToArray();
        var firewalls = nodes.Where(n => n.Value.Boundary).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> Neighbours(string id) => links.Where(l => l.From == id || l.To == id).Select(l => l.From == id ? l.To : l.From);
        IEnumerable<string> ZonesOf(string id) => Neighbours(id).Where(n => nodes.ContainsKey(n) && !firewalls.Contains(n))
            .Select(n => nodes[n].Zone).Where(zones.ContainsKey);
        var problems = new List<string>();
        foreach (var firewall in firewalls)
        {
            var joined = ZonesOf(firewall).Concat(Neighbours(firewall).Where(firewalls.Contains).SelectMany(ZonesOf))
                .Distinct().Select(z => zones[z]).ToArray();
            // the bands the zones stand in: zones of one band share their top
            var bands = joined.GroupBy(z => z.Y).Select(g => (Top: g.Key, Bottom: g.Max(z => z.Bottom))).OrderBy(b => b.Top).ToArray();
            if (bands.Length < 2) continue;
            var box = nodes[firewall].Box;
            // between the band above it and the band below it, of those it joins
            bool between = bands.Zip(bands.Skip(1)).Any(p => box.Y >= p.First.Bottom && box.Bottom <= p.Second.Top);
            if (!between) problems.Add($"{firewall} at y {box.Y}–{box.Bottom} is not between the bands of the zones it joins: "
                + string.Join(", ", bands.Select(b => $"{b.Top}–{b.Bottom}")));
        }
        return problems;
    }

    /// <summary>
    /// The management lines that are not drops to one bus: a drop that leaves the width of its device's container (or of
    /// the firewall's box, for one on a boundary) runs round the page; a drop must end on the bus.
    /// </summary>
    public static IReadOnlyList<string> ManagementNotOnOneBus(XElement svg)
    {
        var problems = new List<string>();
        var drops = Edges(svg).Where(e => e.Management).ToArray();
        if (drops.Length == 0) return problems;
        var buses = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-management-bus") is not null).ToArray();
        if (buses.Length != 1) return [$"{buses.Length} management buses for {drops.Length} management lines"];
        var bus = buses[0].Elements(Svg + "polyline").SelectMany(l => Segments(Points(l))).ToArray();
        var nodes = Nodes(svg);
        var zones = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-zone") is not null && g.Attribute("data-node") is null)
            .ToDictionary(g => (string)g.Attribute("data-zone")!, g => BoxOf(g.Element(Svg + "rect")!), StringComparer.Ordinal);
        foreach (var drop in drops)
        {
            // the drop starts at its device: the end that is not on the bus
            bool fromOnBus = bus.Any(s => OnSegment(drop.Points[0], s)), toOnBus = bus.Any(s => OnSegment(drop.Points[^1], s));
            if (!fromOnBus && !toOnBus)
            {
                problems.Add($"management line {drop.Id} does not end on the bus");
                continue;
            }
            var device = nodes[toOnBus ? drop.From : drop.To];
            var width = zones.TryGetValue(device.Zone, out var zone) ? zone : device.Box;
            if (drop.Points.Any(p => p.X < width.X - 0.5 || p.X > width.Right + 0.5))
                problems.Add($"management line {drop.Id} leaves the width of its device's place: it runs round the page");
        }
        return problems;
    }

    private static Dictionary<string, (string Zone, Box Box, bool Boundary)> Nodes(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => g.Attribute("data-node") is not null).ToDictionary(g => (string)g.Attribute("data-node")!,
            g => ((string?)g.Attribute("data-zone") ?? "", BoxOf(g.Element(Svg + "rect")!), g.Attribute("data-boundary-node") is not null),
            StringComparer.Ordinal);

    private static (string Id, string From, string To, bool Management, Pt[] Points)[] Edges(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => g.Attribute("data-edge") is not null).Select(g => ((string)g.Attribute("data-edge")!,
            (string)g.Attribute("data-from")!, (string)g.Attribute("data-to")!, g.Attribute("data-management") is not null,
            Points(g.Descendants(Svg + "polyline").First()))).ToArray();

    private static IEnumerable<(Pt A, Pt B)> Segments(Pt[] points) => points.Zip(points.Skip(1));

    private static bool OnSegment(Pt p, (Pt A, Pt B) s) =>
        Math.Abs((s.B.X - s.A.X) * (p.Y - s.A.Y) - (s.B.Y - s.A.Y) * (p.X - s.A.X)) < 0.5
        && p.X >= Math.Min(s.A.X, s.B.X) - 0.5 && p.X <= Math.Max(s.A.X, s.B.X) + 0.5
        && p.Y >= Math.Min(s.A.Y, s.B.Y) - 0.5 && p.Y <= Math.Max(s.A.Y, s.B.Y) + 0.5;

    private static Pt[] Points(XElement polyline)
    {
        var n = ((string)polyline.Attribute("points")!).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return Enumerable.Range(0, n.Length / 2).Select(i => new Pt(n[2 * i], n[2 * i + 1])).ToArray();
    }

    private static Box BoxOf(XElement rect)
    {
        double A(string name) => double.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
        return new Box(A("x"), A("y"), A("width"), A("height"));
    }
}
