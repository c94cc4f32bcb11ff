namespace NetMapper.Diagrams;

/// <summary>
/// Which boundary strip each firewall on a boundary sits in: strip s lies between band s and band s + 1. A firewall
/// sits on the boundary between the zones it joins; its out-of-band management line joins no zone, so it does not count.
/// </summary>
internal static class BoundaryStrips
{
    public static Dictionary<string, int> Of(DiagramGraph graph, IReadOnlyDictionary<string, Place> zonePlaces, int bands)
    {
        var firewalls = graph.Nodes.Where(n => n.OnBoundary).Select(n => n.Id).ToArray();
        var neighbours = firewalls.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var edge in graph.Edges.Where(e => !e.Management && e.From != e.To))
        {
            if (neighbours.TryGetValue(edge.From, out var from)) from.Add(edge.To);
            if (neighbours.TryGetValue(edge.To, out var to)) to.Add(edge.From);
        }
        int[] BandsOf(string id) => neighbours[id].Where(n => zonePlaces.TryGetValue(n, out var p) && !p.InStrip)
            .Select(n => zonePlaces[n].Band).Distinct().Order().ToArray();
        var strips = new Dictionary<string, int>(StringComparer.Ordinal);
        // first the firewalls between zones of two bands: on the boundary below the upper one
        foreach (var id in firewalls.Where(f => BandsOf(f).Length > 1)) strips[id] = BandsOf(id)[0];
        // then those joining one band to firewalls already placed (an inner firewall behind the outer one): on the
        // boundary of that band facing them; a pass per link of a chain of firewalls
        for (int pass = 0; pass < firewalls.Length; pass++)
        {
            bool placed = false;
            foreach (var id in firewalls.Where(f => !strips.ContainsKey(f) && BandsOf(f).Length == 1))
            {
                var placedNeighbours = neighbours[id].Where(strips.ContainsKey).Select(n => strips[n]).ToArray();
                if (placedNeighbours.Length == 0) continue;
                int band = BandsOf(id)[0];
                strips[id] = placedNeighbours.Min() < band ? band - 1 : band;
                placed = true;
            }
            if (!placed) break;
        }
        // the rest: beside the one band they reach (above it when it is the last), else on the first boundary
        foreach (var id in firewalls.Where(f => !strips.ContainsKey(f)))
        {
            var reached = BandsOf(id);
            strips[id] = reached.Length == 0 ? 0 : reached[0] == bands - 1 && bands > 1 ? reached[0] - 1 : reached[0];
        }
        return strips;
    }
}
