using NetMapper.Diagrams;

namespace NetMapper.Testing;

/// <summary>What a good drawing must satisfy, checked on the geometry: used by the layout tests and the benchmark.</summary>
public static class LayoutChecks
{
    public static IEnumerable<string> OverlappingNodes(DiagramLayout layout)
    {
        var nodes = layout.Nodes.OrderBy(n => n.Box.X).ToArray();
        for (int i = 0; i < nodes.Length; i++)
            for (int j = i + 1; j < nodes.Length && nodes[j].Box.X < nodes[i].Box.Right; j++)
                if (nodes[i].Box.Overlaps(nodes[j].Box)) yield return $"{nodes[i].Node.Id} overlaps {nodes[j].Node.Id}";
    }

    public static IEnumerable<string> OverlappingZones(DiagramLayout layout) =>
        from a in layout.Zones from b in layout.Zones
        where string.CompareOrdinal(a.Zone.Zone.Id, b.Zone.Zone.Id) < 0 && a.Box.Overlaps(b.Box)
        select $"zone {a.Zone.Zone.Id} overlaps zone {b.Zone.Zone.Id}";

    /// <summary>Devices outside their zone's container, or inside a foreign one.</summary>
    public static IEnumerable<string> MisplacedNodes(DiagramLayout layout)
    {
        foreach (var node in layout.Nodes.Where(n => n.Node.Kind != NodeKind.Bus))
        {
            if (!node.Node.OnBoundary && ZoneOf(layout, node.Node.ZoneId) is { } own && !own.Box.Contains(node.Box))
                yield return $"{node.Node.Id} is not inside its zone {node.Node.ZoneId}";
            foreach (var foreign in layout.Zones.Where(z => IsForeignTo(node, z) && z.Box.Overlaps(node.Box)))
                yield return $"{node.Node.Id} overlaps the foreign zone {foreign.Zone.Zone.Id}";
        }
    }

    /// <summary>Every zone but its own is foreign to a device; to a device on a boundary, every zone is.</summary>
    private static bool IsForeignTo(PlacedNode node, PlacedZone zone) => node.Node.OnBoundary || zone.Zone.Zone.Id != node.Node.ZoneId;

    private static PlacedZone? ZoneOf(DiagramLayout layout, string? zoneId) => layout.Zones.FirstOrDefault(z => z.Zone.Zone.Id == zoneId);

    /// <summary>Lines that pass through a box other than their own two ends.</summary>
    public static IEnumerable<string> LinesThroughNodes(DiagramLayout layout)
    {
        foreach (var edge in layout.Edges)
            for (int i = 0; i + 1 < edge.Points.Count; i++)
            {
                var (a, b) = (edge.Points[i], edge.Points[i + 1]);
                foreach (var node in layout.Nodes.Where(n => n.Node.Id != edge.Edge.From && n.Node.Id != edge.Edge.To))
                {
                    var inner = new Box(node.Box.X + 1, node.Box.Y + 1, node.Box.Width - 2, node.Box.Height - 2);
                    if (SegmentHitsBox(a, b, inner)) yield return $"{edge.Edge.Id} passes through {node.Node.Id}";
                }
            }
    }

    /// <summary>Pairs of lines that cross (lines sharing an end are not counted: they meet, they do not cross).</summary>
    public static long Crossings(IReadOnlyList<(string From, string To, IReadOnlyList<Pt> Points)> lines)
    {
        var boxes = lines.Select(l => Bounds(l.Points)).ToArray();
        bool ShareAnEnd(int i, int j) =>
            lines[i].From == lines[j].From || lines[i].From == lines[j].To || lines[i].To == lines[j].From || lines[i].To == lines[j].To;
        long crossings = 0;
        for (int i = 0; i < lines.Count; i++)
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (!boxes[i].Overlaps(boxes[j]) || ShareAnEnd(i, j)) continue;
                if (Cross(lines[i].Points, lines[j].Points)) crossings++;
            }
        return crossings;
    }

    public static long Crossings(DiagramLayout layout) => Crossings(layout.Edges.Select(e => (e.Edge.From, e.Edge.To, e.Points)).ToArray());

    private static bool Cross(IReadOnlyList<Pt> a, IReadOnlyList<Pt> b)
    {
        for (int i = 0; i + 1 < a.Count; i++)
            for (int j = 0; j + 1 < b.Count; j++)
                if (ProperIntersection(a[i], a[i + 1], b[j], b[j + 1])) return true;
        return false;
    }

    private static Box Bounds(IReadOnlyList<Pt> points)
    {
        double x1 = points.Min(p => p.X), y1 = points.Min(p => p.Y), x2 = points.Max(p => p.X), y2 = points.Max(p => p.Y);
        return new Box(x1 - 0.5, y1 - 0.5, x2 - x1 + 1, y2 - y1 + 1);
    }

    private static double Orient(Pt a, Pt b, Pt c) => (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);

    private static bool ProperIntersection(Pt a, Pt b, Pt c, Pt d)
    {
        double o1 = Orient(a, b, c), o2 = Orient(a, b, d), o3 = Orient(c, d, a), o4 = Orient(c, d, b);
        return o1 * o2 < 0 && o3 * o4 < 0;
    }

    /// <summary>Orthogonal and slanting segments alike: does any part of a–b lie inside the box?</summary>
    internal static bool SegmentHitsBox(Pt a, Pt b, Box box)
    {
        // Liang-Barsky clipping: does any part of the segment lie inside the box?
        double t0 = 0, t1 = 1, dx = b.X - a.X, dy = b.Y - a.Y;
        foreach (var (p, q) in new[] { (-dx, a.X - box.X), (dx, box.Right - a.X), (-dy, a.Y - box.Y), (dy, box.Bottom - a.Y) })
        {
            if (p == 0) { if (q < 0) return false; continue; }
            double r = q / p;
            if (p < 0) { if (r > t1) return false; if (r > t0) t0 = r; }
            else { if (r < t0) return false; if (r < t1) t1 = r; }
        }
        return t0 < t1;
    }
}
