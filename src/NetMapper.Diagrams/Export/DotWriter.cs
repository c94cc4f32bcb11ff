using System.Globalization;
using System.Text;

namespace NetMapper.Diagrams;

/// <summary>Graphviz DOT: zones as clusters in policy order, boundary firewalls outside them, styles as on the drawing.</summary>
public static class DotWriter
{
    public static string Write(DiagramGraph graph, DiagramText text)
    {
        var dot = new StringBuilder();
        dot.Append("graph ").Append(Q(graph.PageName)).AppendLine(" {");
        string font = Q(SvgShapes.Fonts.Split(',')[0]), title = Q(text.ViewTitle(graph.View));
        dot.AppendLine(CultureInfo.InvariantCulture, $"  graph [rankdir=TB, newrank=true, fontname={font}, label={title}, labelloc=t];");
        const string nodeShape = "shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\"";
        dot.AppendLine(CultureInfo.InvariantCulture, $"  node [{nodeShape}, fontname={font}, fontsize=10];");
        dot.AppendLine("  edge [fontsize=8];");
        foreach (var zone in graph.Zones)
        {
            dot.AppendLine(CultureInfo.InvariantCulture, $"  subgraph {Q("cluster_" + zone.Zone.Id)} {{");
            string zoneLabel = Q(text.ZoneName(zone.Zone)), zoneColor = Q(zone.Zone.Color);
            dot.AppendLine(CultureInfo.InvariantCulture, $"    label={zoneLabel}; color={zoneColor}; style=rounded;");
            var inZone = graph.Nodes.Where(n => !n.OnBoundary && n.ZoneId == zone.Zone.Id);
            foreach (var node in inZone) dot.Append("    ").AppendLine(Node(node, text));
            dot.AppendLine("  }");
        }
        var zoned = graph.Zones.Select(z => z.Zone.Id).ToHashSet(StringComparer.Ordinal);
        var outsideZones = graph.Nodes.Where(n => n.OnBoundary || !zoned.Contains(n.ZoneId));
        foreach (var node in outsideZones) dot.Append("  ").AppendLine(Node(node, text));
        foreach (var edge in graph.Edges)
        {
            var (color, width) = EdgeStyle.Of(edge);
            var attributes = new List<string> { $"color={Q(color)}", $"penwidth={width.ToString(CultureInfo.InvariantCulture)}" };
            if (edge.FromLabel.Length > 0) attributes.Add($"taillabel={Q(edge.FromLabel)}");
            if (edge.ToLabel.Length > 0) attributes.Add($"headlabel={Q(edge.ToLabel)}");
            if (EdgeStyle.MiddleLabel(edge) is { Length: > 0 } label) attributes.Add($"label={Q(label)}");
            // Graphviz has no dash-dot: an inferred link is dashed like a standby one, and says what it is in its tooltip.
            if (edge.Backup || edge.Inferred || edge.Management) attributes.Add(edge.Management ? "style=dotted" : "style=dashed");
            if (edge.Inferred) attributes.Add($"tooltip={Q(EdgeStyle.Describe(edge))}");
            dot.AppendLine(CultureInfo.InvariantCulture, $"  {Q(edge.From)} -- {Q(edge.To)} [{string.Join(", ", attributes)}];");
        }
        dot.AppendLine("}");
        return dot.ToString();
    }

    private static string Node(DiagramNode node, DiagramText text)
    {
        string label = string.Join("\\n", new[] { node.Title }.Concat(node.Lines).Select(Escape));
        if (node.Lifecycle is { } mark) label += "\\n[" + (mark.State == LifecycleState.PastEndOfSupport ? "EOL" : "EOL soon") + "]";
        // as in the SVG: another zone's device filled grey, one not polled dashed
        string style = (node.Unconfirmed ? ", style=\"rounded,filled,dashed\"" : "")
            + (node.Connector ? $", fillcolor={Q(NodeShapes.OtherZoneFill)}" : "");
        return $"{Q(node.Id)} [label=\"{label}\", color={Q(Palette.Of(node.Kind))}, tooltip={Q(text.Kind(node.Kind))}{style}];";
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
    public static string Q(string text) => $"\"{Escape(text)}\"";
}
