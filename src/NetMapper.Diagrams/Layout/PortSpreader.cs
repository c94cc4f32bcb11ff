namespace NetMapper.Diagrams;

/// <summary>
/// Spreads the lines leaving one side of a box along that side, ordered by where they go, so they do not all start
/// at one point and their port labels do not pile up. A line leaving straight up or down into a channel moves its first bend with it.
/// </summary>
internal static class PortSpreader
{
    /// <summary>The lines leaving one side of a box spread over at most this share of its width,</summary>
    private const double MaxSpreadShare = 0.7;
    /// <summary>and at most this far apart.</summary>
    private const double PortSpacing = 14;

    public static List<PlacedEdge> Spread(IReadOnlyList<PlacedEdge> edges, IReadOnlyDictionary<string, Box> boxes)
    {
        var points = edges.Select(e => e.Points.ToArray()).ToArray();
        var ends = new List<(int Edge, bool First, string Node, bool Top, double Toward)>();
        for (int i = 0; i < edges.Count; i++)
        {
            var p = points[i];
            if (p.Length < 2) continue;
            foreach (var (first, node) in new[] { (true, edges[i].Edge.From), (false, edges[i].Edge.To) })
            {
                if (!boxes.TryGetValue(node, out var box)) continue;
                var (at, next) = first ? (p[0], p[1]) : (p[^1], p[^2]);
                if (at.Y != box.Y && at.Y != box.Bottom) continue;
                // the far end decides the order: where the line is heading after its first leg
                var toward = first ? p[Math.Min(p.Length - 1, 2)] : p[Math.Max(0, p.Length - 3)];
                ends.Add((i, first, node, at.Y == box.Y, next.X == at.X ? toward.X : next.X));
            }
        }
        foreach (var side in ends.GroupBy(e => (e.Node, e.Top)).Where(g => g.Count() > 1))
        {
            var box = boxes[side.Key.Node];
            // lines leaving by one shared exit (a management switch's drop to its bus) keep one port
            var ports = side.GroupBy(e => SharedExit(points[e.Edge], e.First)).Select(g => g.ToArray())
                .OrderBy(g => g[0].Toward).ThenBy(g => edges[g[0].Edge].Edge.Id, StringComparer.Ordinal).ToArray();
            if (ports.Length < 2) continue;
            double span = Math.Min(box.Width * MaxSpreadShare, ports.Length * PortSpacing);
            for (int k = 0; k < ports.Length; k++)
            {
                double x = Math.Round(box.CenterX - span / 2 + span * (k + 0.5) / ports.Length, 1);
                foreach (var end in ports[k]) Move(points[end.Edge], end.First, x);
            }
        }
        return edges.Select((e, i) => e with { Points = points[i] }).ToList();
    }

    /// <summary>A line's first two points from the box: lines that share them leave by one exit.</summary>
    private static (Pt, Pt) SharedExit(Pt[] p, bool first) => first ? (p[0], p[1]) : (p[^1], p[^2]);

    private static void Move(Pt[] p, bool first, double x)
    {
        int at = first ? 0 : p.Length - 1, next = first ? 1 : p.Length - 2, after = first ? 2 : p.Length - 3;
        if (p[next].X == p[at].X)
        {
            // a straight leg moves with its end only when it bends into a channel (a horizontal leg) next;
            // a leg threading between boxes of a layer stays where the layout put it
            if (p.Length < 3 || p[after].Y != p[next].Y) return;
            p[next] = p[next] with { X = x };
        }
        p[at] = p[at] with { X = x };
    }
}
