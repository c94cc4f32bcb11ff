using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// draw.io (diagrams.net) files that stay editable: one diagram per page, zones as swimlane containers holding their
/// devices, links as connectors between the devices along the SVG's routes (so moving a device keeps its links),
/// each device with its role's draw.io shape and the scan's facts as data (netmapper-id, kind in English, zone).
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
            var box = Rounded(zone.Box);
            containerOf[zone.Zone.Zone.Id] = (id, box);
            string zoneColor = zone.Zone.Zone.Color, zoneFill = Light(zoneColor);
            string style = "swimlane;startSize=28;html=1;rounded=1;arcSize=3;container=1;collapsible=0;fontStyle=1;"
                + $"fontColor={zoneColor};strokeColor={zoneColor};fillColor={zoneFill};swimlaneFillColor={zoneFill};";
            root.Add(Vertex(id, text.ZoneName(zone.Zone.Zone), style, "1", box));
        }
        var cellIds = new Dictionary<string, string>(StringComparer.Ordinal);
        // where draw.io will draw each box, container offsets added back: the lines' ends are fractions of these
        var drawnAt = new Dictionary<string, Box>(StringComparer.Ordinal);
        foreach (var (node, i) in layout.Nodes.Select((n, i) => (n, i)))
        {
            string id = $"n{i}";
            bool zoned = !node.Node.OnBoundary && node.Node.Kind != NodeKind.Bus;
            var (parent, origin) = zoned && containerOf.TryGetValue(node.Node.ZoneId, out var c) ? c : ("1", new Box(0, 0, 0, 0));
            var box = Rounded(node.Box.Offset(-origin.X, -origin.Y));
            (cellIds[node.Node.Id], drawnAt[node.Node.Id]) = (id, box.Offset(origin.X, origin.Y));
            root.Add(Device(id, node.Node, parent, box, text));
            if (node.Node.Kind != NodeKind.Bus)
                root.Add(Vertex(id + "i", "", DrawioShapes.IconStyle(node.Node.Kind), id, DrawioShapes.IconBox(box)));
        }
        int e = 0;
        foreach (var edge in layout.Edges.Where(x => cellIds.ContainsKey(x.Edge.From) && cellIds.ContainsKey(x.Edge.To)))
        {
            if (edge.Points.Count < 2) continue;
            string id = $"e{e++}";
            var (from, to) = (edge.Edge.From, edge.Edge.To);
            root.Add(DrawioEdges.Cell(id, edge, (cellIds[from], drawnAt[from]), (cellIds[to], drawnAt[to])));
            if (edge.Edge.FromLabel.Length > 0) root.Add(EndLabel(id + "a", id, edge.Edge.FromLabel, -0.85));
            if (edge.Edge.ToLabel.Length > 0) root.Add(EndLabel(id + "b", id, edge.Edge.ToLabel, 0.85));
        }
        var model = new XElement("mxGraphModel",
            new XAttribute("grid", "1"), new XAttribute("gridSize", "10"), new XAttribute("page", "1"),
            new XAttribute("pageWidth", F(layout.Width)), new XAttribute("pageHeight", F(layout.Height)), root);
        string name = page.Context.Subtitle.Length > 0 ? page.Context.Subtitle : text.ViewTitle(layout.Graph.View);
        return new XElement("diagram", new XAttribute("id", $"{layout.Graph.View}-{index + 1}"), new XAttribute("name", name), model);
    }

    /// <summary>A box with the scan's facts as data: the role in English (kind), its localised name in the tooltip.</summary>
    private static XElement Device(string id, DiagramNode node, string parent, Box box, DiagramText text)
    {
        var cell = Vertex(null, null, DrawioShapes.BoxStyle(node), parent, box);
        string tooltip = string.Join("\n", new[] { node.Title, text.Kind(node.Kind) }.Concat(node.Lines));
        return new XElement("UserObject", new XAttribute("id", id), new XAttribute("label", Label(node)),
            new XAttribute("netmapper-id", node.Id), new XAttribute("kind", DrawioShapes.KindData(node.Kind)),
            new XAttribute("kind-name", text.Kind(node.Kind)), new XAttribute("zone", node.ZoneId),
            new XAttribute("tooltip", tooltip), cell);
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

    /// <summary>The zone colour mixed nine parts white: a container fill that does not hide the devices.</summary>
    private static string Light(string hex)
    {
        int Mix(int i) => 255 - (255 - int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)) / 10;
        return $"#{Mix(0):X2}{Mix(1):X2}{Mix(2):X2}";
    }

    /// <summary>The box as the file stores it (to a tenth of a pixel).</summary>
    private static Box Rounded(Box box) =>
        new(Math.Round(box.X, 1), Math.Round(box.Y, 1), Math.Round(box.Width, 1), Math.Round(box.Height, 1));

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
    private static string F(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
