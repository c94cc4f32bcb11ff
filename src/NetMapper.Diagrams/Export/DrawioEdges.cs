using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// A line as a draw.io connector that follows the SVG's route exactly: it leaves and enters its boxes at the SVG's
/// end points (exit and entry constraints off the perimeter) and passes the SVG's bends as waypoints. An all
/// right-angled route takes draw.io's orthogonal edge style, which keeps it right-angled when a box is moved; a
/// route with a slanted leg takes straight segments between its points.
/// </summary>
internal static class DrawioEdges
{
    /// <summary>The connector, with the link's id as data (netmapper-id) as devices have theirs.</summary>
    public static XElement Cell(string id, PlacedEdge placed, (string Id, Box Box) source, (string Id, Box Box) target)
    {
        var edge = placed.Edge;
        var route = Simplified(placed.Points);
        var (color, width) = EdgeStyle.Of(edge);
        string dashes = EdgeStyle.Dashes(edge) is { } pattern ? $"dashed=1;dashPattern={pattern.Replace(',', ' ')};" : "";
        string style = $"{RoutingStyle(route)}endArrow=none;html=1;rounded=0;strokeColor={color};strokeWidth={F(width)};"
            + $"fontSize=9;fontColor={color};labelBackgroundColor=#FFFFFF;{dashes}"
            + Constraint("exit", route[0], source.Box) + Constraint("entry", route[^1], target.Box);
        var geometry = new XElement("mxGeometry", new XAttribute("relative", "1"), new XAttribute("as", "geometry"));
        geometry.Add(new XElement("Array", new XAttribute("as", "points"), Waypoints(route).Select(MxPoint)));
        var cell = new XElement("mxCell", new XAttribute("style", style), new XAttribute("edge", "1"), new XAttribute("parent", "1"),
            new XAttribute("source", source.Id), new XAttribute("target", target.Id), geometry);
        return new XElement("UserObject", new XAttribute("id", id), new XAttribute("label", EdgeStyle.MiddleLabel(edge)),
            new XAttribute("netmapper-id", edge.Id), new XAttribute("kind", "link"),
            new XAttribute("tooltip", EdgeStyle.Describe(edge)), cell);
    }

    /// <summary>Orthogonal when every leg is horizontal or vertical; otherwise none, so draw.io keeps the slanted legs.</summary>
    public static string RoutingStyle(IReadOnlyList<Pt> route) =>
        Legs(route).All(l => Same(l.A.X, l.B.X) || Same(l.A.Y, l.B.Y)) ? "edgeStyle=orthogonalEdgeStyle;" : "edgeStyle=none;";

    /// <summary>The bends between the ends; a straight line gets its middle, so draw.io's router has nothing to choose.</summary>
    public static IReadOnlyList<Pt> Waypoints(IReadOnlyList<Pt> route) =>
        route.Count > 2 ? route.Skip(1).SkipLast(1).ToArray()
        : [new Pt((route[0].X + route[^1].X) / 2, (route[0].Y + route[^1].Y) / 2)];

    /// <summary>The route without repeated points and without points in the middle of a straight leg.</summary>
    public static IReadOnlyList<Pt> Simplified(IReadOnlyList<Pt> points)
    {
        var kept = new List<Pt>();
        foreach (var p in points)
        {
            if (kept.Count > 0 && Same(kept[^1].X, p.X) && Same(kept[^1].Y, p.Y)) continue;
            if (kept.Count >= 2 && Collinear(kept[^2], kept[^1], p)) kept.RemoveAt(kept.Count - 1);
            kept.Add(p);
        }
        return kept.Count >= 2 ? kept : [points[0], points[^1]];
    }

    /// <summary>Where on its box a line ends, as draw.io's fractions of the box, taken as is rather than onto the outline.</summary>
    private static string Constraint(string end, Pt at, Box box)
    {
        double x = box.Width > 0 ? (at.X - box.X) / box.Width : 0.5, y = box.Height > 0 ? (at.Y - box.Y) / box.Height : 0.5;
        return $"{end}X={R(x)};{end}Y={R(y)};{end}Dx=0;{end}Dy=0;{end}Perimeter=0;";
    }

    private static bool Collinear(Pt a, Pt b, Pt c) =>
        Math.Abs((b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X)) < 0.01
        && (b.X - a.X) * (c.X - b.X) + (b.Y - a.Y) * (c.Y - b.Y) >= 0;

    private static IEnumerable<(Pt A, Pt B)> Legs(IReadOnlyList<Pt> route) => route.Zip(route.Skip(1));
    private static bool Same(double a, double b) => Math.Abs(a - b) < 0.01;
    private static XElement MxPoint(Pt p) => new("mxPoint", new XAttribute("x", F(p.X)), new XAttribute("y", F(p.Y)));
    private static string F(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
    private static string R(double value) => Math.Round(value, 5).ToString(CultureInfo.InvariantCulture);
}
