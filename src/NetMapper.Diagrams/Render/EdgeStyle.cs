using System.Globalization;

namespace NetMapper.Diagrams;

/// <summary>How a line looks and what it says: the one home for edge styling, shared by SVG, draw.io and DOT.</summary>
public static class EdgeStyle
{
    public static (string Color, double Width) Of(DiagramEdge edge) =>
        edge.Management ? (Palette.Management, 1)
        : edge.TrunkVlans.Count > 0 ? (Palette.Trunk, edge.Members > 1 ? 2 + edge.Members : 2.5)
        : edge.Vlan is int vlan ? (VlanOf(edge, vlan).Color, edge.Members > 1 ? 2 + edge.Members : 2)
        : (Palette.Plain, edge.Members > 1 ? 2 + edge.Members : 1.5);

    /// <summary>The style of a VLAN line: the page's, or its number's own where the page gave none.</summary>
    public static VlanStyle VlanOf(DiagramEdge edge, int vlan) => edge.VlanStyle ?? VlanPalette.Alone(vlan);

    /// <summary>The dash pattern of an inferred link (<see cref="DiagramEdge.Inferred"/>): unlike any other line's.</summary>
    public const string InferredDashes = "10,3,2,3";

    /// <summary>How a line is dashed ("7,5"), null for a solid one: standby dashed, inferred dash-dotted, management dotted.</summary>
    public static string? Dashes(DiagramEdge edge) =>
        edge.Backup ? "7,5" : edge.Inferred ? InferredDashes : edge.Management ? ManagementDashes : null;

    /// <summary>The dots of the out-of-band management network: its drops and its bus.</summary>
    public const string ManagementDashes = "2,3";

    /// <summary>Speed, and what VLANs the line carries: "2×10G · trunk 110,120" or "1G · VLAN 210".</summary>
    public static string MiddleLabel(DiagramEdge edge)
    {
        var parts = new List<string>();
        if (edge.Label.Length > 0) parts.Add(edge.Label);
        if (edge.TrunkVlans.Count > 0) parts.Add("trunk " + Vlans(edge.TrunkVlans));
        else if (edge.Vlan is int vlan) parts.Add("VLAN " + vlan.ToString(CultureInfo.InvariantCulture));
        return string.Join(" · ", parts);
    }

    public static string Describe(DiagramEdge edge) =>
        $"{edge.From} {edge.FromLabel} — {edge.To} {edge.ToLabel}".Trim() + (MiddleLabel(edge) is { Length: > 0 } m ? $" ({m})" : "")
        + (edge.Members > 1 ? $", LAG of {edge.Members}" : "") + (edge.Backup ? ", standby" : "")
        + (edge.Inferred ? ", inferred from a shared point-to-point subnet" : "");

    /// <summary>VLAN lists as ranges, at most six parts: "10-12,20,30,…".</summary>
    public static string Vlans(IReadOnlyList<int> vlans)
    {
        var parts = new List<string>();
        for (int i = 0; i < vlans.Count;)
        {
            int j = i;
            while (j + 1 < vlans.Count && vlans[j + 1] == vlans[j] + 1) j++;
            parts.Add(j > i ? $"{vlans[i]}-{vlans[j]}" : vlans[i].ToString(CultureInfo.InvariantCulture));
            i = j + 1;
        }
        return parts.Count > 6 ? string.Join(",", parts.Take(6)) + ",…" : string.Join(",", parts);
    }
}
