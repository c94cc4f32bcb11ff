using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using NetMapper.Diagrams;
using Xunit;

namespace NetMapper.Testing;

/// <summary>
/// What draw.io's own drawing library, mxGraph (the npm package draw.io is built on, run by Node.js in DrawioCheck/),
/// makes of a .drawio file: where it puts each box and through which points it routes each line, page by page, compared
/// with the SVG of the same page. A box must be where the SVG draws it, a line must pass the SVG line's points.
/// </summary>
public static class DrawioGeometry
{
    /// <summary>How far (pixels) mxGraph's drawing may stray from the SVG: both files store tenths of a pixel.</summary>
    public const double Tolerance = 0.5;

    public static string CheckerDir => Path.Combine(RepoPaths.Root, "tests", "NetMapper.Testing", "DrawioCheck");

    public sealed record Page(string Id, IReadOnlyDictionary<string, Box> Vertices, IReadOnlyDictionary<string, Pt[]> Edges);

    public static async Task<IReadOnlyList<Page>> ReadAsync(string drawioFile)
    {
        Requires.Tool("node");
        bool installed = Directory.Exists(Path.Combine(CheckerDir, "node_modules", "mxgraph"));
        Requires.That(installed, $"mxGraph is not installed: npm ci --prefix {CheckerDir}");
        string script = Path.Combine(CheckerDir, "geometry.js");
        var (exit, output, error) = await ChildProcess.RunAsync("node", [script, drawioFile], TimeSpan.FromMinutes(5));
        Assert.True(exit == 0, $"mxGraph could not read {drawioFile}: {error}");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Select(ParsePage).ToArray();
    }

    /// <summary>One line per box or line of a page that mxGraph draws elsewhere than the SVG, or that one of them lacks.</summary>
    public static IEnumerable<string> Differences(XElement diagram, Page drawn, XDocument svg)
    {
        var objects = diagram.Descendants("UserObject").ToArray();
        var svgBoxes = svg.Descendants().Where(e => e.Attribute("data-node") is not null)
            .ToDictionary(e => (string)e.Attribute("data-node")!, e => BoxOf(e.Elements().First(x => x.Name.LocalName == "rect")));
        var svgLines = svg.Descendants().Where(e => e.Attribute("data-edge") is not null)
            .ToDictionary(e => (string)e.Attribute("data-edge")!, e => PointsOf(RouteOf(e)));
        var boxes = objects.Where(o => (string?)o.Attribute("kind") != "link").ToDictionary(NetMapperId, Id);
        var lines = objects.Where(o => (string?)o.Attribute("kind") == "link").ToDictionary(NetMapperId, Id);
        foreach (var missing in svgBoxes.Keys.Except(boxes.Keys).Concat(svgLines.Keys.Except(lines.Keys)))
            yield return $"{drawn.Id}: {missing} is in the SVG, not in the draw.io file";
        foreach (var (node, cell) in boxes)
        {
            if (!svgBoxes.TryGetValue(node, out var expected)) yield return $"{drawn.Id}: box {node} is not in the SVG";
            else if (!drawn.Vertices.TryGetValue(cell, out var box) || !Near(box, expected))
                yield return $"{drawn.Id}: box {node} drawn at {box}, the SVG has {expected}";
        }
        foreach (var (link, cell) in lines)
        {
            if (!svgLines.TryGetValue(link, out var expected)) { yield return $"{drawn.Id}: line {link} is not in the SVG"; continue; }
            var route = Simplified(drawn.Edges.GetValueOrDefault(cell, []));
            if (!Near(route, Simplified(expected)))
                yield return $"{drawn.Id}: line {link} runs {Text(route)}, the SVG's runs {Text(Simplified(expected))}";
        }
    }

    /// <summary>A polyline without repeats and without points in the middle of a straight leg, to the tolerance.</summary>
    public static Pt[] Simplified(IReadOnlyList<Pt> points)
    {
        var kept = new List<Pt>();
        foreach (var p in points)
        {
            if (kept.Count > 0 && Distance(kept[^1], p) < Tolerance) continue;
            if (kept.Count >= 2 && OnLeg(kept[^2], p, kept[^1])) kept.RemoveAt(kept.Count - 1);
            kept.Add(p);
        }
        return kept.ToArray();
    }

    private static Page ParsePage(JsonElement page)
    {
        var vertices = page.GetProperty("vertices").EnumerateObject().ToDictionary(v => v.Name, v =>
        {
            var n = v.Value.EnumerateArray().Select(x => x.GetDouble()).ToArray();
            return new Box(n[0], n[1], n[2], n[3]);
        }, StringComparer.Ordinal);
        var edges = page.GetProperty("edges").EnumerateObject().ToDictionary(e => e.Name,
            e => e.Value.EnumerateArray().Select(p => new Pt(p[0].GetDouble(), p[1].GetDouble())).ToArray(), StringComparer.Ordinal);
        return new Page(page.GetProperty("id").GetString()!, vertices, edges);
    }

    /// <summary>Whether b lies on the leg from a to c (within the tolerance), so it is no bend.</summary>
    private static bool OnLeg(Pt a, Pt c, Pt b)
    {
        double length = Distance(a, c);
        if (length < Tolerance) return false;
        double across = Math.Abs((c.X - a.X) * (b.Y - a.Y) - (c.Y - a.Y) * (b.X - a.X)) / length;
        double along = ((b.X - a.X) * (c.X - a.X) + (b.Y - a.Y) * (c.Y - a.Y)) / length;
        return across < Tolerance && along > -Tolerance && along < length + Tolerance;
    }

    private static bool Near(Box a, Box b) =>
        Math.Abs(a.X - b.X) <= Tolerance && Math.Abs(a.Y - b.Y) <= Tolerance
        && Math.Abs(a.Width - b.Width) <= Tolerance && Math.Abs(a.Height - b.Height) <= Tolerance;

    private static bool Near(Pt[] a, Pt[] b) => a.Length == b.Length && a.Zip(b).All(p => Distance(p.First, p.Second) <= Tolerance);

    private static double Distance(Pt a, Pt b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
    private static string NetMapperId(XElement o) => (string)o.Attribute("netmapper-id")!;
    private static string Id(XElement o) => (string)o.Attribute("id")!;
    private static string Text(Pt[] points) =>
        string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));

    private static Box BoxOf(XElement rect) => new(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"));
    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    /// <summary>The whole route of a line: a management drop's route along its bus (data-route), else its polyline.</summary>
    private static string RouteOf(XElement edge) =>
        (string?)edge.Attribute("data-route") ?? (string)edge.Elements().First(x => x.Name.LocalName == "polyline").Attribute("points")!;

    private static Pt[] PointsOf(string points)
    {
        var n = points.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        return Enumerable.Range(0, n.Length / 2).Select(i => new Pt(n[2 * i], n[2 * i + 1])).ToArray();
    }
}
