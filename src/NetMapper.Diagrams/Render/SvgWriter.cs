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
    /// <summary>The speed and VLAN label on a line's longest leg: its font size, and the room it leaves at the leg's ends.</summary>
    private const double MiddleLabelFont = 9, MiddleLabelRoom = 16;
    /// <summary>A port name: its font size, and how far along the line from the box it stands (at most).</summary>
    private const double PortLabelFont = 8.5;
    private const string PortLabelColor = "#424242";
    /// <summary>How far along the management bus a switch's port name may stand from where a drop joins it.</summary>
    private const double BusLabelRun = 120;

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
        var titles = ZoneTitles.Place(layout, context.Text);
        var space = Obstacles(layout, titles.Values);
        var placer = new LabelPlacer(space);
        foreach (var zone in layout.Zones) doc.Add(Zone(zone, titles[zone.Zone.Zone.Id]));
        foreach (var y in layout.Boundaries) doc.Add(Boundary(y, width, context.Text, space));
        var buses = layout.Nodes.Where(n => n.Node.Kind == NodeKind.Bus).Select(n => n.Node.Id).ToHashSet(StringComparer.Ordinal);
        if (layout.ManagementBus.Count > 0) doc.Add(ManagementBus(layout.ManagementBus));
        // every port name is placed before any middle label: the port names matter more
        var drawn = layout.Edges.Select(AsDrawn).ToArray();
        var ports = drawn.Select(e => e.Drop is { } drop ? DropLabels(e, drop, placer) : PortLabels(e, placer)).ToArray();
        for (int i = 0; i < drawn.Length; i++)
            doc.Add(Edge(drawn[i], layout.Edges[i].Points, buses.Contains(drawn[i].Edge.To), ports[i], placer));
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

    /// <summary>What labels must keep clear of: boxes with their badges, zone titles, bus labels.</summary>
    private static LabelSpace Obstacles(DiagramLayout layout, IEnumerable<TextSpot> titles)
    {
        var space = new LabelSpace();
        foreach (var node in layout.Nodes)
        {
            space.AddBox(node.Box);
            if (node.Node.Kind == NodeKind.Bus) space.Add(NodeShapes.BusLabel(node).Ink);
            if (node.Node.Lifecycle is not null) space.Add(NodeShapes.BadgeBox(node.Box));
        }
        foreach (var title in titles) space.Add(title.Ink);
        return space;
    }

    private static XElement Zone(PlacedZone zone, TextSpot title)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-zone", zone.Zone.Zone.Id);
        var rect = SvgShapes.Rect(zone.Box, zone.Zone.Zone.Color, zone.Zone.Zone.Color, 1.5, 10);
        rect.SetAttributeValue("fill-opacity", "0.1");
        group.Add(rect);
        group.Add(title.Draw(zone.Zone.Zone.Color));
        return group;
    }

    /// <summary>How far along the boundary its label is moved at a time, to clear a firewall standing on it.</summary>
    private const double BoundaryLabelStep = 40;

    private static XElement Boundary(double y, double width, DiagramText text, LabelSpace space)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-boundary", y.ToString("0.#", CultureInfo.InvariantCulture));
        // the boundary runs across the page, half a margin in from each edge
        double left = ZonedLayout.Margin / 2, right = width - ZonedLayout.Margin / 2;
        group.Add(SvgShapes.Line([new Pt(left, y), new Pt(right, y)], Palette.Boundary, 1, "8,6"));
        var spots = Enumerable.Range(0, (int)(width / BoundaryLabelStep))
            .Select(i => new TextSpot(left + i * BoundaryLabelStep, y - 5, "start", false, text.Boundary, BoundaryLabelFont));
        var label = spots.Where(s => s.Ink.Right < width).FirstOrDefault(s => space.Collisions(s.Ink) == 0,
            new TextSpot(left, y - 5, "start", false, text.Boundary, BoundaryLabelFont));
        space.Add(label.Ink);
        group.Add(label.Draw(Palette.Boundary));
        return group;
    }

    /// <summary>The out-of-band management bus, drawn once; each management line is drawn as its drop to it.</summary>
    private static XElement ManagementBus(IReadOnlyList<IReadOnlyList<Pt>> lines)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-management-bus", "true");
        foreach (var line in lines) group.Add(SvgShapes.Line(line, Palette.Management, ManagementBusWidth, EdgeStyle.ManagementDashes));
        return group;
    }

    /// <summary>The bus is drawn thicker than the drops that join it, so it reads as the trunk they hang off.</summary>
    private const double ManagementBusWidth = 2;

    /// <summary>How thick a changed line is drawn at least, so its colour shows.</summary>
    private const double ChangedLineWidth = 2.5;

    private const double BoundaryLabelFont = 10;

    /// <summary>A line as drawn: a management line as its drop to the bus, oriented as the line.</summary>
    private static PlacedEdge AsDrawn(PlacedEdge edge) =>
        edge.Drop is { } drop ? edge with { Points = drop.AtFrom ? drop.Points : drop.Points.Reverse().ToArray() } : edge;

    /// <summary>The port names at both ends of a drawn line, each in a free spot.</summary>
    private static TextSpot[] PortLabels(PlacedEdge placed, LabelPlacer placer)
    {
        var (edge, p) = (placed.Edge, placed.Points);
        if (p.Count < 2) return [];
        var labels = new List<TextSpot>();
        if (edge.FromLabel.Length > 0) labels.Add(placer.PortLabel(p, edge.FromLabel, PortLabelFont));
        if (edge.ToLabel.Length > 0) labels.Add(placer.PortLabel(p.Reverse().ToArray(), edge.ToLabel, PortLabelFont));
        return labels.ToArray();
    }

    /// <summary>The port names of a management line's drop: the device's at its end, the switch's where it joins the
    /// bus (by the drop, else along the bus).</summary>
    private static TextSpot[] DropLabels(PlacedEdge placed, BusDrop drop, LabelPlacer placer)
    {
        var edge = placed.Edge;
        var (device, hub) = drop.AtFrom ? (edge.FromLabel, edge.ToLabel) : (edge.ToLabel, edge.FromLabel);
        var (start, join) = (drop.Points[0], drop.Points[^1]);
        var labels = new List<TextSpot>();
        if (device.Length > 0) labels.Add(placer.PortLabel(drop.Points, device, PortLabelFont));
        Pt[] right = [join, join with { X = join.X + BusLabelRun }], left = [join, join with { X = join.X - BusLabelRun }];
        if (hub.Length > 0 && start != join) labels.Add(placer.PortLabel(drop.Points.Reverse().ToArray(), hub, PortLabelFont, right, left));
        return labels.ToArray();
    }

    private static XElement Edge(PlacedEdge placed, IReadOnlyList<Pt> route, bool ontoBus, TextSpot[] ports, LabelPlacer placer)
    {
        var edge = placed.Edge;
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-edge", edge.Id);
        if (edge.Management) group.SetAttributeValue("data-management", "true");
        // a drop's whole route along the bus to the switch, as editors (draw.io) draw the line
        if (placed.Drop is not null) group.SetAttributeValue("data-route", SvgShapes.Points(route));
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
        if (placed.Drop is { } join)
        {
            var at = join.Points[^1];
            group.Add(SvgShapes.Circle(at.X, at.Y, 2.5, color));
        }
        foreach (var port in ports) group.Add(port.Draw(PortLabelColor));
        var (a, b) = Longest(placed.Points);
        // where the whole label finds no room, "VLAN 110", or "110" in the VLAN's colour; the tooltip keeps the rest
        string? number = edge.Vlan?.ToString(CultureInfo.InvariantCulture);
        string[] labels = number is null ? [EdgeStyle.MiddleLabel(edge)] : [EdgeStyle.MiddleLabel(edge), "VLAN " + number, number];
        if (placer.MiddleLabel(a, b, labels, MiddleLabelFont, MiddleLabelRoom) is { } middle) group.Add(middle.Draw(color));
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

    private static (Pt, Pt) Longest(IReadOnlyList<Pt> points) =>
        Enumerable.Range(0, points.Count - 1).Select(i => (points[i], points[i + 1]))
            .OrderByDescending(s => Math.Abs(s.Item1.X - s.Item2.X) + Math.Abs(s.Item1.Y - s.Item2.Y)).First();

    private static XElement Node(PlacedNode placed) =>
        placed.Node.Kind == NodeKind.Bus ? NodeShapes.Bus(placed) : NodeShapes.Device(placed);
}
