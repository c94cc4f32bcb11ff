namespace NetMapper.Diagrams;

/// <summary>
/// Where boundary firewalls stand across their strip: above or below the ports they link to in the zones (their
/// out-of-band management line, which joins the bus, aside), an HA pair side by side, in order and apart.
/// </summary>
internal static class BoundaryFirewallsX
{
    /// <param name="portX">Where a line leaves a zone's container for a box in it.</param>
    /// <param name="amid">Where a firewall with no line into a zone stands: amid the containers.</param>
    /// <returns>Each firewall's centre x.</returns>
    public static Dictionary<string, double> Place(ZonedPage page, Func<CrossLine, string, double> portX, double amid)
    {
        var centres = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var strip in page.Places.Where(p => p.Value.InStrip).GroupBy(p => p.Value.Strip, p => p.Key))
        {
            var desired = strip.ToDictionary(id => id, id => DesiredX(page, id, portX, amid), StringComparer.Ordinal);
            var groups = Groups(page, strip.ToArray());
            var order = groups.OrderBy(g => g.Average(id => desired[id])).ThenBy(g => g[0], StringComparer.Ordinal)
                .SelectMany(g => g.OrderBy(id => desired[id]).ThenBy(id => id, StringComparer.Ordinal)).ToArray();
            var widths = order.Select(id => page.Sizes[id].Width).ToArray();
            var left = OrderedPlacement.Place(order.Select(id => desired[id]).ToArray(), widths, ZonedLayout.FirewallGap);
            for (int i = 0; i < order.Length; i++) centres[order[i]] = Math.Round(left[i] + widths[i] / 2, 1);
        }
        return centres;
    }

    /// <summary>At the average x of the ports it links to in containers, else amid the containers.</summary>
    private static double DesiredX(ZonedPage page, string firewall, Func<CrossLine, string, double> portX, double amid)
    {
        var lines = page.Cross.Where(c => !c.Edge.Management && (c.Upper == firewall || c.Lower == firewall)).ToArray();
        var others = lines.Select(c => c.Upper == firewall ? c.Lower : c.Upper).Where(n => !page.Places[n].InStrip);
        // each line counts, at the port of the first line to the same box
        var xs = others.Select(n => portX(lines.First(c => c.Upper == n || c.Lower == n), n)).ToArray();
        return xs.Length > 0 ? xs.Average() : amid;
    }

    /// <summary>Firewalls of one strip joined by lines (HA pairs), each group sorted by id.</summary>
    private static List<string[]> Groups(ZonedPage page, string[] firewalls)
    {
        var group = firewalls.ToDictionary(f => f, f => f, StringComparer.Ordinal);
        string Find(string f) => group[f] == f ? f : group[f] = Find(group[f]);
        foreach (var line in page.Cross.Where(c => group.ContainsKey(c.Upper) && group.ContainsKey(c.Lower)))
        {
            var (a, b) = (Find(line.Upper), Find(line.Lower));
            if (a != b) group[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
        }
        return firewalls.GroupBy(Find).Select(g => g.Order(StringComparer.Ordinal).ToArray()).ToList();
    }
}
