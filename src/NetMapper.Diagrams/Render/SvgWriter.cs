using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// Draws a laid-out page as SVG: zone containers, boundary lines, cables (coloured by VLAN, trunks dark, LAGs thick,
/// standby dashed), boxes with role icons and lifecycle badges, the legend and the title block. Every element carries
/// data- attributes naming what it shows, so checks can read the drawing back.
/// </summary>
public static class SvgWriter
{
    /// <summary>The page title in the header: its baseline and font size; under it, the organisation and scan.</summary>
    private const double TitleBaseline = 30, TitleFont = 20, SubtitleBaseline = 50, SubtitleFont = 12;
    /// <summary>Where a zone's title sits in its container: in from the left border, and its baseline under the top.</summary>
    private const double ZoneTitleInset = 12, ZoneTitleBaseline = 20;
    /// <summary>The speed and VLAN label on a line's longest leg: its font size, and the room it leaves at the leg's ends.</summary>
    private const double MiddleLabelFont = 9, MiddleLabelRoom = 16;
    /// <summary>A port name: its font size, and how far along the line from the box it stands (at most).</summary>
    private const double PortLabelFont = 8.5, PortLabelAlong = 16;

    public static XElement Build(DiagramLayout layout, DiagramContext context)
    {
        var footer = Footer.Measure(layout, context);
        double width = Math.Max(layout.Width, footer.Width + 2 * ZonedLayout.Margin), height = layout.Height + footer.Height;
        string svgWidth = SvgShapes.N(width), svgHeight = SvgShapes.N(height);
        var doc = new XElement(SvgShapes.Ns + "svg", new XAttribute("version", "1.1"),
            new XAttribute("width", svgWidth), new XAttribute("height", svgHeight),
            new XAttribute("viewBox", $"0 0 {svgWidth} {svgHeight}"), new XAttribute("font-family", SvgShapes.Fonts),
            new XAttribute("data-view", layout.Graph.View), new XAttribute("data-page", layout.Graph.PageName));
        doc.Add(SvgShapes.Rect(new Box(0, 0, width, height), "#FFFFFF", "none"));
        doc.Add(Header(context, layout.Graph.View));
        foreach (var zone in layout.Zones) doc.Add(Zone(zone, context.Text));
        foreach (var y in layout.Boundaries) doc.Add(Boundary(y, width, context.Text));
        var buses = layout.Nodes.Where(n => n.Node.Kind == NodeKind.Bus).Select(n => n.Node.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var edge in layout.Edges) doc.Add(Edge(edge, buses.Contains(edge.Edge.To)));
        foreach (var node in layout.Nodes) doc.Add(Node(node));
        doc.Add(Footer.Draw(layout, context, layout.Height, width));
        return doc;
    }

    /// <summary>The SVG text: the same layout always gives the same bytes.</summary>
    public static string ToXml(XElement svg) => "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + svg.ToString(SaveOptions.None) + "\n";

    private static XElement Header(DiagramContext context, string view)
    {
        var group = SvgShapes.Group();
        string title = context.Text.ViewTitle(view) + (context.Subtitle.Length > 0 ? $": {context.Subtitle}" : "");
        group.Add(SvgShapes.Text(ZonedLayout.Margin, TitleBaseline, title, TitleFont, bold: true));
        string scan = context.Text.Scan(context.ScanId, context.ScanTime);
        group.Add(SvgShapes.Text(ZonedLayout.Margin, SubtitleBaseline, $"{context.Organisation} · {scan}", SubtitleFont, "#616161"));
        return group;
    }

    private static XElement Zone(PlacedZone zone, DiagramText text)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-zone", zone.Zone.Zone.Id);
        var rect = SvgShapes.Rect(zone.Box, zone.Zone.Zone.Color, zone.Zone.Zone.Color, 1.5, 10);
        rect.SetAttributeValue("fill-opacity", "0.1");
        group.Add(rect);
        double x = zone.Box.X + ZoneTitleInset, y = zone.Box.Y + ZoneTitleBaseline;
        var title = SvgShapes.Text(x, y, text.ZoneName(zone.Zone.Zone), ZonedLayout.ZoneTitleFont, zone.Zone.Zone.Color, bold: true);
        group.Add(SvgShapes.Halo(title));
        return group;
    }

    private static XElement Boundary(double y, double width, DiagramText text)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-boundary", y.ToString("0.#", CultureInfo.InvariantCulture));
        // the boundary runs across the page, half a margin in from each edge
        double left = ZonedLayout.Margin / 2, right = width - ZonedLayout.Margin / 2;
        group.Add(SvgShapes.Line([new Pt(left, y), new Pt(right, y)], Palette.Boundary, 1, "8,6"));
        group.Add(SvgShapes.Halo(SvgShapes.Text(left, y - 5, text.Boundary, 10, Palette.Boundary)));
        return group;
    }

    /// <summary>How thick a changed line is drawn at least, so its colour shows.</summary>
    private const double ChangedLineWidth = 2.5;

    private static XElement Edge(PlacedEdge placed, bool ontoBus)
    {
        var edge = placed.Edge;
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-edge", edge.Id);
        group.SetAttributeValue("data-from", edge.From);
        group.SetAttributeValue("data-to", edge.To);
        var (color, width) = EdgeStyle.Of(edge);
        string? dashes = EdgeStyle.Dashes(edge);
        if (edge.Change is { } change)
        {
            // A changed line keeps its shape and takes the change's colour; a removed one is ghosted and dashed.
            group.SetAttributeValue("data-change", change.ToString().ToLowerInvariant());
            color = DiagramChanges.ColorOf(change);
            width = Math.Max(width, ChangedLineWidth);
            if (change == ChangeMark.Removed)
            {
                group.SetAttributeValue("opacity", DiagramChanges.RemovedOpacityText);
                dashes = "6,4";
            }
        }
        var line = SvgShapes.Line(placed.Points, color, width, dashes);
        line.Add(SvgShapes.Tooltip(EdgeStyle.Describe(edge)));
        if (edge.Vlan is int vlan)
        {
            group.SetAttributeValue("data-vlan", vlan.ToString(CultureInfo.InvariantCulture));
            group.Add(VlanLine(line, EdgeStyle.VlanOf(edge, vlan).Pattern, placed.Points, width, dashes).Elements());
        }
        else group.Add(line);
        if (placed.Points.Count < 2) return group;
        // on a bus, a dot where the line joins it: a line that only passes a bus has none
        if (ontoBus) group.Add(SvgShapes.Circle(placed.Points[^1].X, placed.Points[^1].Y, 3.5, color));
        if (edge.FromLabel.Length > 0) group.Add(EndLabel(placed.Points[0], placed.Points[1], edge.FromLabel));
        if (edge.ToLabel.Length > 0) group.Add(EndLabel(placed.Points[^1], placed.Points[^2], edge.ToLabel));
        var (a, b) = Longest(placed.Points);
        double room = Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y) - MiddleLabelRoom;
        // a label longer than the line's longest leg would cover its ends: then "VLAN 110", or "110" in the VLAN's
        // colour, so a VLAN's line always says its number; the tooltip keeps the rest
        string? number = edge.Vlan?.ToString(CultureInfo.InvariantCulture);
        string[] labels = number is null ? [EdgeStyle.MiddleLabel(edge)] : [EdgeStyle.MiddleLabel(edge), "VLAN " + number, number];
        var middle = labels.FirstOrDefault(l => l.Length > 0 && TextWidth.Of(l, MiddleLabelFont) < room);
        if (middle is not null)
        {
            // beside a vertical leg, centred above a horizontal one
            bool vertical = a.X == b.X;
            double x = (a.X + b.X) / 2 + (vertical ? 4 : 0), y = (a.Y + b.Y) / 2 - 3;
            group.Add(SvgShapes.Halo(SvgShapes.Text(x, y, middle, MiddleLabelFont, color, anchor: vertical ? "start" : "middle")));
        }
        return group;
    }

    /// <summary>The colour of a cased VLAN line's edges (<see cref="VlanPattern.Cased"/>).</summary>
    internal const string CasingColor = "#212121";

    /// <summary>A VLAN's line with its pattern: dark edges under it, a white stripe over it, or both.</summary>
    internal static XElement VlanLine(XElement line, VlanPattern pattern, IReadOnlyList<Pt> points, double width, string? dashes)
    {
        var parts = SvgShapes.Group();
        if (pattern is VlanPattern.Cased or VlanPattern.HollowCased) parts.Add(SvgShapes.Line(points, CasingColor, width + 2, dashes));
        parts.Add(line);
        if (pattern is VlanPattern.Hollow or VlanPattern.HollowCased)
            parts.Add(SvgShapes.Line(points, "#FFFFFF", Math.Max(0.8, width / 3), dashes));
        return parts;
    }

    /// <summary>A port name next to the box it belongs to, along the line: turned upright on a vertical leg, so the
    /// labels of lines leaving a box side by side do not run into each other.</summary>
    private static XElement EndLabel(Pt at, Pt toward, string text)
    {
        double dx = toward.X - at.X, dy = toward.Y - at.Y;
        double leg = Math.Sqrt(dx * dx + dy * dy);
        if (Math.Abs(dy) > Math.Abs(dx) * 2 && TextWidth.Of(text, PortLabelFont) + 10 < leg)
        {
            var (x, y) = (at.X - 2, at.Y + (dy > 0 ? 5 : -5));
            var label = SvgShapes.Halo(SvgShapes.Text(x, y, text, PortLabelFont, "#424242", anchor: dy > 0 ? "end" : "start"));
            label.SetAttributeValue("transform", $"rotate(-90 {SvgShapes.N(x)} {SvgShapes.N(y)})");
            return label;
        }
        double length = Math.Max(1, leg), along = Math.Min(PortLabelAlong, length / 2);
        bool vertical = Math.Abs(dy) >= Math.Abs(dx);
        double labelX = at.X + dx / length * along + (vertical ? 3 : 0);
        double labelY = at.Y + dy / length * along + (vertical && dy > 0 ? 4 : -3);
        return SvgShapes.Halo(SvgShapes.Text(labelX, labelY, text, PortLabelFont, "#424242", anchor: vertical || dx > 0 ? "start" : "end"));
    }

    private static (Pt, Pt) Longest(IReadOnlyList<Pt> points) =>
        Enumerable.Range(0, points.Count - 1).Select(i => (points[i], points[i + 1]))
            .OrderByDescending(s => Math.Abs(s.Item1.X - s.Item2.X) + Math.Abs(s.Item1.Y - s.Item2.Y)).First();

    private static XElement Node(PlacedNode placed) =>
        placed.Node.Kind == NodeKind.Bus ? NodeShapes.Bus(placed) : NodeShapes.Device(placed);
}
