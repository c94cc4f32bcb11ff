using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// draw.io (diagrams.net) files that stay editable: one diagram per page, zones as swimlane containers holding their
/// devices, links as connectors between the devices (so moving a device keeps its links), with the scan's facts on
/// each device as data (netmapper-id, kind, zone).
/// </summary>
public static class DrawioWriter
{
    public static string Write(IReadOnlyList<DiagramPage> pages)
    {
        var file = new XElement("mxfile", new XAttribute("host", "NetMapper"), new XAttribute("type", "device"),
            pages.Select((page, i) => Diagram(page, i)));
        return new XDocument(file).ToString();
    }

    private static XElement Diagram(DiagramPage page, int index)
    {
        var layout = page.Layout;
        var text = page.Context.Text;
        // draw.io's root cell, and the default layer every cell here is drawn on
        var rootCell = new XElement("mxCell", new XAttribute("id", "0"));
        var layerCell = new XElement("mxCell", new XAttribute("id", "1"), new XAttribute("parent", "0"));
        var root = new XElement("root", rootCell, layerCell);
        var containerOf = new Dictionary<string, (string Id, Box Box)>(StringComparer.Ordinal);
        foreach (var zone in layout.Zones)
        {
            string id = "zone:" + zone.Zone.Zone.Id;
            containerOf[zone.Zone.Zone.Id] = (id, zone.Box);
            string zoneColor = zone.Zone.Zone.Color, zoneFill = Light(zoneColor);
            string style = "swimlane;startSize=28;html=1;rounded=1;arcSize=3;container=1;collapsible=0;fontStyle=1;"
                + $"fontColor={zoneColor};strokeColor={zoneColor};fillColor={zoneFill};swimlaneFillColor={zoneFill};";
            root.Add(Vertex(id, text.ZoneName(zone.Zone.Zone), style, "1", zone.Box));
        }
        var numbered = layout.Nodes.Select((n, i) => (n.Node.Id, Cell: $"n{i}"));
        var cellIds = numbered.ToDictionary(x => x.Id, x => x.Cell, StringComparer.Ordinal);
        foreach (var node in layout.Nodes)
        {
            bool zoned = !node.Node.OnBoundary && node.Node.Kind != NodeKind.Bus;
            var inContainer = zoned && containerOf.TryGetValue(node.Node.ZoneId, out var c) ? c : ("1", new Box(0, 0, 0, 0));
            var box = node.Box.Offset(-inContainer.Item2.X, -inContainer.Item2.Y);
            var cell = Vertex(null, null, Style(node.Node), inContainer.Item1, box);
            string tooltip = string.Join("\n", new[] { node.Node.Title }.Concat(node.Node.Lines));
            root.Add(new XElement("UserObject", new XAttribute("id", cellIds[node.Node.Id]), new XAttribute("label", Label(node.Node)),
                new XAttribute("netmapper-id", node.Node.Id), new XAttribute("kind", text.Kind(node.Node.Kind)),
                new XAttribute("zone", node.Node.ZoneId), new XAttribute("tooltip", tooltip), cell));
        }
        int e = 0;
        foreach (var edge in layout.Edges.Where(x => cellIds.ContainsKey(x.Edge.From) && cellIds.ContainsKey(x.Edge.To)))
        {
            string id = $"e{e++}";
            var (color, width) = EdgeStyle.Of(edge.Edge);
            string dashes = EdgeStyle.Dashes(edge.Edge) is { } pattern ? $"dashed=1;dashPattern={pattern.Replace(',', ' ')};" : "";
            string style = $"endArrow=none;html=1;rounded=0;strokeColor={color};strokeWidth={F(width)};fontSize=9;fontColor={color};"
                + "labelBackgroundColor=#FFFFFF;" + dashes;
            var geometry = new XElement("mxGeometry", new XAttribute("relative", "1"), new XAttribute("as", "geometry"));
            if (edge.Points.Count > 2)
            {
                var bends = edge.Points.Skip(1).SkipLast(1).Select(MxPoint);
                geometry.Add(new XElement("Array", new XAttribute("as", "points"), bends));
            }
            string value = EdgeStyle.MiddleLabel(edge.Edge), source = cellIds[edge.Edge.From], target = cellIds[edge.Edge.To];
            root.Add(new XElement("mxCell", new XAttribute("id", id), new XAttribute("value", value), new XAttribute("style", style),
                new XAttribute("edge", "1"), new XAttribute("parent", "1"),
                new XAttribute("source", source), new XAttribute("target", target), geometry));
            if (edge.Edge.FromLabel.Length > 0) root.Add(EndLabel(id + "a", id, edge.Edge.FromLabel, -0.85));
            if (edge.Edge.ToLabel.Length > 0) root.Add(EndLabel(id + "b", id, edge.Edge.ToLabel, 0.85));
        }
        var model = new XElement("mxGraphModel", new XAttribute("grid", "1"), new XAttribute("gridSize", "10"), new XAttribute("page", "1"),
            new XAttribute("pageWidth", F(layout.Width)), new XAttribute("pageHeight", F(layout.Height)), root);
        string name = page.Context.Subtitle.Length > 0 ? page.Context.Subtitle : text.ViewTitle(layout.Graph.View);
        return new XElement("diagram", new XAttribute("id", $"{layout.Graph.View}-{index + 1}"), new XAttribute("name", name), model);
    }

    private static string Label(DiagramNode node)
    {
        string badge = "";
        if (node.Lifecycle is { } mark)
        {
            var (color, sign) = mark.State == LifecycleState.PastEndOfSupport ? (Palette.Eol, "EOL") : (Palette.Warning, "⚠");
            badge = $" <font color=\"{color}\"><b>{sign}</b></font>";
        }
        return $"<b>{Escape(node.Title)}</b>{badge}" + string.Concat(node.Lines.Select(l => "<br>" + Escape(l)));
    }

    private static string Style(DiagramNode node)
    {
        string color = node.Kind == NodeKind.Bus ? node.Color ?? Palette.Plain : Palette.Of(node.Kind);
        if (node.Kind == NodeKind.Bus)
        {
            const string labelAbove = "verticalLabelPosition=top;verticalAlign=bottom;align=left;fontStyle=1;";
            return $"rounded=1;html=1;fillColor={color};strokeColor={color};{labelAbove}fontColor={color};";
        }
        string strokeWidth = (node.OnBoundary ? 2 : 1.4).ToString(CultureInfo.InvariantCulture);
        string fill = node.Connector ? "#F5F5F5" : "#FFFFFF";
        string dashed = node.Unconfirmed || node.Connector ? "dashed=1;" : "";
        return $"rounded=1;whiteSpace=wrap;html=1;align=left;spacingLeft=10;fontSize=11;strokeColor={color};strokeWidth={strokeWidth};"
            + $"fillColor={fill};" + dashed;
    }

    /// <summary>A box cell. Inside a UserObject it has no id or value of its own: the UserObject carries them.</summary>
    private static XElement Vertex(string? id, string? value, string style, string parent, Box box)
    {
        var cell = new XElement("mxCell");
        if (id is not null) cell.Add(new XAttribute("id", id));
        if (value is not null) cell.Add(new XAttribute("value", value));
        var geometry = new XElement("mxGeometry", new XAttribute("x", F(box.X)), new XAttribute("y", F(box.Y)),
            new XAttribute("width", F(box.Width)), new XAttribute("height", F(box.Height)), new XAttribute("as", "geometry"));
        cell.Add(new XAttribute("style", style), new XAttribute("vertex", "1"), new XAttribute("parent", parent), geometry);
        return cell;
    }

    private static XElement EndLabel(string id, string edge, string text, double at)
    {
        const string style = "edgeLabel;html=1;resizable=0;points=[];fontSize=8;labelBackgroundColor=#FFFFFF;";
        var geometry = new XElement("mxGeometry", new XAttribute("x", F(at)), new XAttribute("relative", "1"),
            new XAttribute("as", "geometry"), new XElement("mxPoint", new XAttribute("as", "offset")));
        return new("mxCell", new XAttribute("id", id), new XAttribute("value", text), new XAttribute("style", style),
            new XAttribute("vertex", "1"), new XAttribute("connectable", "0"), new XAttribute("parent", edge), geometry);
    }

    private static XElement MxPoint(Pt p) => new("mxPoint", new XAttribute("x", F(p.X)), new XAttribute("y", F(p.Y)));

    /// <summary>The zone colour mixed nine parts white: a container fill that does not hide the devices.</summary>
    private static string Light(string hex)
    {
        int Mix(int i) => 255 - (255 - int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)) / 10;
        return $"#{Mix(0):X2}{Mix(1):X2}{Mix(2):X2}";
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
    private static string F(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
