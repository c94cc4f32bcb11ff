namespace NetMapper.Diagrams;

/// <summary>How a VLAN's line is drawn besides its colour: each time the palette runs out, the next pattern.</summary>
public enum VlanPattern
{
    Solid,
    /// <summary>A white stripe down the middle.</summary>
    Hollow,
    /// <summary>Dark edges on both sides.</summary>
    Cased,
    /// <summary>Dark edges and a white stripe.</summary>
    HollowCased,
}

/// <summary>How the lines of one VLAN are drawn on a page.</summary>
public sealed record VlanStyle(string Color, VlanPattern Pattern);

/// <summary>
/// VLAN colours from the Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"), which people with any of
/// the common colour-vision deficiencies can tell apart. Its black is left out: it is too close to the trunks' dark
/// slate and to the text. The seven left are at least 21.7 apart by CIEDE2000 (orange and yellow).
/// <para>
/// A VLAN's colour depends on its number and on the lower-numbered VLANs on the same page: each VLAN, lowest first,
/// takes the slot its number points to (number mod 7), or the next free one. So a VLAN keeps its colour from scan to
/// scan unless a lower-numbered VLAN arrives on its page and takes its slot; two VLANs on a page never share a colour
/// while there are seven or fewer. Past seven, the palette starts again with the next <see cref="VlanPattern"/>
/// (hollow, cased, both), so no two VLANs on a page look alike up to 28; past 28, styles repeat, and the VLAN number in
/// the legend and on each line where there is room tells them apart. Dashes are not used: they mean standby,
/// inferred and management lines.
/// </para>
/// </summary>
public static class VlanPalette
{
    public static readonly IReadOnlyList<string> Colors =
        ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];

    private static readonly VlanPattern[] Patterns = Enum.GetValues<VlanPattern>();

    /// <summary>The style of each VLAN on a page, from the set of VLANs the page shows.</summary>
    public static IReadOnlyDictionary<int, VlanStyle> Assign(IEnumerable<int> vlansOnPage)
    {
        var styles = new Dictionary<int, VlanStyle>();
        var taken = new bool[Colors.Count];
        int cycle = 0;
        foreach (var vlan in vlansOnPage.Distinct().Order())
        {
            if (taken.All(t => t))
            {
                Array.Clear(taken);
                cycle++;
            }
            int slot = Preferred(vlan);
            while (taken[slot]) slot = (slot + 1) % Colors.Count;
            taken[slot] = true;
            styles[vlan] = new VlanStyle(Colors[slot], Patterns[cycle % Patterns.Length]);
        }
        return styles;
    }

    /// <summary>The page with every VLAN line given its style (<see cref="DiagramEdge.VlanStyle"/>).</summary>
    public static DiagramGraph Apply(DiagramGraph page)
    {
        var styles = Assign(page.Edges.Select(e => e.Vlan).OfType<int>());
        if (styles.Count == 0) return page;
        var edges = page.Edges.Select(e => e.Vlan is int vlan ? e with { VlanStyle = styles[vlan] } : e).ToArray();
        return page with { Edges = edges };
    }

    /// <summary>The style of a line whose page was never given styles: its number's own slot.</summary>
    public static VlanStyle Alone(int vlan) => new(Colors[Preferred(vlan)], VlanPattern.Solid);

    private static int Preferred(int vlan) => (vlan % Colors.Count + Colors.Count) % Colors.Count;
}
