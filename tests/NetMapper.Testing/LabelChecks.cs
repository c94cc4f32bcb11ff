using System.Globalization;
using System.Xml.Linq;
using NetMapper.Diagrams;

namespace NetMapper.Testing;

/// <summary>
/// Whether a drawing's text can be read: no text over another, none over a box but its own, no line through a zone's
/// title. Texts are measured as drawn (<see cref="TextBoxes"/>), boxes read from the SVG; independent of the layout.
/// </summary>
public static class LabelChecks
{
    /// <summary>Less than this much overlap, across and down, is not counted: anti-aliasing, not a collision.</summary>
    private const double Slack = 0.5;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Every collision on the page: text over text, text over a box that is not its own, a line through a zone title.</summary>
    public static IReadOnlyList<string> Collisions(XElement svg)
    {
        var texts = TextBoxes.Of(svg);
        return [.. TextsOverTexts(texts), .. TextsOverBoxes(texts, Boxes(svg)), .. LinesThroughTitles(texts, Lines(svg))];
    }

    public static IEnumerable<string> TextsOverTexts(IReadOnlyList<DrawnText> texts)
    {
        var sorted = texts.OrderBy(t => t.Box.X).ToArray();
        for (int i = 0; i < sorted.Length; i++)
            for (int j = i + 1; j < sorted.Length && sorted[j].Box.X < sorted[i].Box.Right; j++)
            {
                var (a, b) = (sorted[i], sorted[j]);
                if (a.Owner.Node is not null && a.Owner.Node == b.Owner.Node) continue;
                if (Overlap(a.Box, b.Box)) yield return $"'{a.Text}' ({Describe(a)}) over '{b.Text}' ({Describe(b)})";
            }
    }

    public static IEnumerable<string> TextsOverBoxes(IReadOnlyList<DrawnText> texts, IReadOnlyList<(string Node, Box Box)> boxes)
    {
        var byX = boxes.OrderBy(b => b.Box.X).ToArray();
        var lefts = byX.Select(b => b.Box.X).ToArray();
        double widest = boxes.Select(b => b.Box.Width).DefaultIfEmpty(0).Max();
        foreach (var text in texts)
        {
            // boxes starting left of the text's right edge, and not ending before its left edge
            int end = UpperBound(lefts, text.Box.Right);
            int start = UpperBound(lefts, text.Box.X - widest);
            for (int k = start; k < end; k++)
            {
                var (node, box) = byX[k];
                if (node == text.Owner.Node || node == NearEnd(text, boxes)) continue;
                if (Overlap(text.Box, box)) yield return $"'{text.Text}' ({Describe(text)}) over the box of {node}";
            }
        }
    }

    /// <summary>Lines that run through a zone's title (a line may pass under its own labels: they have a halo).</summary>
    public static IEnumerable<string> LinesThroughTitles(IReadOnlyList<DrawnText> texts, IReadOnlyList<(string Edge, Pt A, Pt B)> segments)
    {
        foreach (var title in texts.Where(t => t.Owner.Part == "zone title"))
            foreach (var (edge, a, b) in segments.Where(s => LayoutChecks.SegmentHitsBox(s.A, s.B, title.Box)))
                yield return $"line {edge} runs through the zone title '{title.Text}'";
    }

    /// <summary>Each box of the page: devices' outlines and subnets' bus bars, by node id.</summary>
    public static IReadOnlyList<(string Node, Box Box)> Boxes(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => g.Attribute("data-node") is not null)
            .Select(g => ((string)g.Attribute("data-node")!, BoxOf(g.Element(Svg + "rect")!))).ToArray();

    public static IReadOnlyList<(string Edge, Pt A, Pt B)> Lines(XElement svg)
    {
        var segments = new List<(string, Pt, Pt)>();
        foreach (var group in svg.Descendants(Svg + "g").Where(g => g.Attribute("data-edge") is not null))
        {
            var line = group.Descendants(Svg + "polyline").First();
            var numbers = ((string)line.Attribute("points")!).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            string id = (string)group.Attribute("data-edge")!;
            for (int i = 0; i + 3 < numbers.Length; i += 2)
                segments.Add((id, new Pt(numbers[i], numbers[i + 1]), new Pt(numbers[i + 2], numbers[i + 3])));
        }
        return segments;
    }

    /// <summary>A line's label may touch the box at the end it stands by: the line's end nearest the text.</summary>
    private static string? NearEnd(DrawnText text, IReadOnlyList<(string Node, Box Box)> boxes)
    {
        if (text.Owner.EdgeFrom is null) return null;
        var ends = boxes.Where(b => b.Node == text.Owner.EdgeFrom || b.Node == text.Owner.EdgeTo).ToArray();
        return ends.Length == 0 ? null : ends.MinBy(e => Distance(e.Box, text.Anchor)).Node;
    }

    private static double Distance(Box box, Pt p)
    {
        double dx = Math.Max(0, Math.Max(box.X - p.X, p.X - box.Right)), dy = Math.Max(0, Math.Max(box.Y - p.Y, p.Y - box.Bottom));
        return dx * dx + dy * dy;
    }

    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static bool Overlap(Box a, Box b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X) > Slack && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y) > Slack;

    private static string Describe(DrawnText text) =>
        text.Owner.Node ?? (text.Owner.EdgeFrom is { } from ? $"{from}–{text.Owner.EdgeTo}" : text.Owner.Part);

    private static Box BoxOf(XElement rect)
    {
        double A(string name) => double.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
        return new Box(A("x"), A("y"), A("width"), A("height"));
    }
}
