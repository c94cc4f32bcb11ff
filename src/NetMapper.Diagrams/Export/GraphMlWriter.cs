using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>GraphML with each zone as a nested graph (yEd and Gephi keep the grouping), positions and the scan's facts as data.</summary>
public static class GraphMlWriter
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    public static string Write(DiagramLayout layout, DiagramText text)
    {
        (string Id, string For, string Name, string Type)[] keys =
        [
            ("label", "node", "label", "string"), ("kind", "node", "kind", "string"),
            ("zone", "node", "zone", "string"), ("details", "node", "details", "string"),
            ("x", "node", "x", "double"), ("y", "node", "y", "double"),
            ("width", "node", "width", "double"), ("height", "node", "height", "double"),
            ("lifecycle", "node", "lifecycle", "string"),
            ("fromPort", "edge", "fromPort", "string"), ("toPort", "edge", "toPort", "string"), ("elabel", "edge", "label", "string"),
            ("members", "edge", "members", "int"), ("backup", "edge", "backup", "boolean"),
            ("inferred", "edge", "inferred", "boolean"),
            ("vlan", "edge", "vlan", "int"), ("trunk", "edge", "trunkVlans", "string"),
        ];
        var top = new XElement(Ns + "graph", new XAttribute("id", layout.Graph.PageName), new XAttribute("edgedefault", "undirected"));
        foreach (var zone in layout.Zones)
        {
            string id = zone.Zone.Zone.Id;
            var devices = layout.Nodes.Where(n => !n.Node.OnBoundary && n.Node.ZoneId == id).Select(n => Node(n, text));
            var nested = new XElement(Ns + "graph",
                new XAttribute("id", $"zone:{id}:"), new XAttribute("edgedefault", "undirected"), devices);
            var label = Data("label", text.ZoneName(zone.Zone.Zone));
            top.Add(new XElement(Ns + "node", new XAttribute("id", "zone:" + id), label, Data("kind", "zone"), BoxData(zone.Box), nested));
        }
        var zoned = layout.Zones.Select(z => z.Zone.Zone.Id).ToHashSet(StringComparer.Ordinal);
        top.Add(layout.Nodes.Where(n => n.Node.OnBoundary || !zoned.Contains(n.Node.ZoneId)).Select(n => Node(n, text)));
        foreach (var edge in layout.Edges)
        {
            var e = edge.Edge;
            string members = e.Members.ToString(CultureInfo.InvariantCulture);
            var element = new XElement(Ns + "edge",
                new XAttribute("id", e.Id), new XAttribute("source", e.From), new XAttribute("target", e.To),
                Data("fromPort", e.FromLabel), Data("toPort", e.ToLabel), Data("elabel", EdgeStyle.MiddleLabel(e)),
                Data("members", members), Data("backup", e.Backup ? "true" : "false"), Data("inferred", e.Inferred ? "true" : "false"));
            if (e.Vlan is int vlan) element.Add(Data("vlan", vlan.ToString(CultureInfo.InvariantCulture)));
            if (e.TrunkVlans.Count > 0) element.Add(Data("trunk", string.Join(",", e.TrunkVlans)));
            top.Add(element);
        }
        var keyElements = keys.Select(k => new XElement(Ns + "key", new XAttribute("id", k.Id), new XAttribute("for", k.For),
            new XAttribute("attr.name", k.Name), new XAttribute("attr.type", k.Type)));
        var root = new XElement(Ns + "graphml", keyElements, top);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }

    private static XElement Node(PlacedNode node, DiagramText text)
    {
        var element = new XElement(Ns + "node", new XAttribute("id", node.Node.Id), Data("label", node.Node.Title),
            Data("kind", text.Kind(node.Node.Kind)), Data("zone", node.Node.ZoneId), Data("details", string.Join("\n", node.Node.Lines)),
            BoxData(node.Box));
        if (node.Node.Lifecycle is { } mark) element.Add(Data("lifecycle", $"{mark.State}: {mark.Text}"));
        return element;
    }

    private static XElement Data(string key, string value) => new(Ns + "data", new XAttribute("key", key), value);
    private static XElement[] BoxData(Box box) =>
        [Data("x", F(box.X)), Data("y", F(box.Y)), Data("width", F(box.Width)), Data("height", F(box.Height))];
    private static string F(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
