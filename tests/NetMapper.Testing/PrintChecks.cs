using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NetMapper.Diagrams;

namespace NetMapper.Testing;

/// <summary>
/// Reads a drawing back as paper would show it: each text's printed size from its font size and its page's scale,
/// each VLAN's line style, a PDF's page sizes. Independent of how the writer chose them.
/// </summary>
public static partial class PrintChecks
{
    /// <summary>The issue's minimums: device names 8 pt, everything else (port labels first) 6 pt.</summary>
    public const double DeviceNamePoints = 8, LabelPoints = 6;
    /// <summary>The least CIEDE2000 difference between two VLANs' colours on one page.</summary>
    public const double LeastVlanDifference = 20;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Every text that prints below its minimum on a page that shows it, or that no page shows.</summary>
    public static IReadOnlyList<string> TextTooSmall(XElement svg, PrintPlan plan)
    {
        var problems = new List<string>();
        var readable = plan.Pages.Select((p, i) => (Page: p, Number: i + 1)).Where(p => p.Page.Kind != PrintPageKind.Overview).ToArray();
        foreach (var text in svg.Descendants(Svg + "text"))
        {
            double x = Number(text, "x"), y = Number(text, "y"), size = Number(text, "font-size");
            double minimum = IsDeviceName(text) ? DeviceNamePoints : LabelPoints;
            var showing = readable.Where(p => Shows(p.Page.Source, x, y)).ToArray();
            if (showing.Length == 0) problems.Add($"'{text.Value}' at {x},{y} is on no page");
            foreach (var (page, number) in showing.Where(p => size * p.Page.Scale < minimum - 1e-9))
                problems.Add($"page {number} {page.Name}: '{text.Value}' prints at {size * page.Scale:0.00} pt, under {minimum} pt");
        }
        return problems;
    }

    /// <summary>The smallest printed size of device names and of other text over the pages that show them.</summary>
    public static (double DeviceNames, double Labels) SmallestPrinted(XElement svg, PrintPlan plan)
    {
        var readable = plan.Pages.Where(p => p.Kind != PrintPageKind.Overview).ToArray();
        var printed = svg.Descendants(Svg + "text").Select(t => (Name: IsDeviceName(t),
            Points: readable.Where(p => Shows(p.Source, Number(t, "x"), Number(t, "y"))).Select(p => p.Scale * Number(t, "font-size"))
                .DefaultIfEmpty(0).Min())).ToArray();
        return (printed.Where(p => p.Name).Select(p => p.Points).DefaultIfEmpty(double.NaN).Min(),
            printed.Where(p => !p.Name).Select(p => p.Points).DefaultIfEmpty(double.NaN).Min());
    }

    /// <summary>How each VLAN's lines are drawn on the page: the colour, and the pattern: a white stripe on top
    /// (hollow), dark edges under it (cased), both, or neither.</summary>
    public static IReadOnlyDictionary<int, (string Color, string Pattern)> VlanStyles(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => g.Attribute("data-vlan") is not null)
            .GroupBy(g => int.Parse((string)g.Attribute("data-vlan")!, CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => StyleOf(g.First()));

    /// <summary>Pairs of VLANs on the page drawn alike or in colours closer than <see cref="LeastVlanDifference"/>.</summary>
    public static IReadOnlyList<string> VlansHardToTellApart(XElement svg)
    {
        var styles = VlanStyles(svg).OrderBy(s => s.Key).ToArray();
        var problems = new List<string>();
        for (int i = 0; i < styles.Length; i++)
            for (int j = i + 1; j < styles.Length; j++)
            {
                var (a, b) = (styles[i], styles[j]);
                if (a.Value.Pattern != b.Value.Pattern) continue;
                double difference = ColourDifference.Ciede2000(a.Value.Color, b.Value.Color);
                if (difference < LeastVlanDifference)
                    problems.Add($"VLAN {a.Key} {a.Value.Color} and VLAN {b.Key} {b.Value.Color}: ΔE00 {difference:0.0}");
            }
        return problems;
    }

    /// <summary>The least CIEDE2000 difference between two VLANs of the page drawn alike but for colour.</summary>
    public static double LeastVlanColourDifference(XElement svg)
    {
        var styles = VlanStyles(svg).Values.ToArray();
        var pairs = styles.SelectMany((a, i) => styles.Skip(i + 1).Where(b => b.Pattern == a.Pattern)
            .Select(b => ColourDifference.Ciede2000(a.Color, b.Color)));
        return pairs.DefaultIfEmpty(double.PositiveInfinity).Min();
    }

    /// <summary>Each page's width and height in points, from the PDF's MediaBox entries, in page order.</summary>
    public static IReadOnlyList<(double Width, double Height)> PdfPageSizes(string pdf)
    {
        string text = File.ReadAllText(pdf, Encoding.Latin1);
        return MediaBox().Matches(text).Select(m => (Number(m.Groups[3].Value) - Number(m.Groups[1].Value),
            Number(m.Groups[4].Value) - Number(m.Groups[2].Value))).ToArray();
    }

    /// <summary>The device name is the first text of a device's box.</summary>
    private static bool IsDeviceName(XElement text) =>
        text.Parent is { } box && box.Attribute("data-node") is not null && (string?)box.Attribute("data-kind") != "Bus"
        && box.Elements(Svg + "text").First() == text;

    /// <summary>A VLAN line's colour, and its pattern read from the lines drawn with it: white over it, dark under it.</summary>
    public static (string Color, string Pattern) StyleOf(XElement edge)
    {
        var strokes = edge.Elements(Svg + "polyline").Select(l => (string)l.Attribute("stroke")!).ToArray();
        string color = strokes.First(s => s is not ("#FFFFFF" or "#212121"));
        int at = Array.IndexOf(strokes, color);
        bool hollow = strokes.Skip(at + 1).Contains("#FFFFFF"), cased = strokes.Take(at).Contains("#212121");
        return (color, (hollow ? "hollow " : "") + (cased ? "cased" : ""));
    }

    private static bool Shows(Box source, double x, double y) =>
        x >= source.X && x <= source.Right && y >= source.Y && y <= source.Bottom;

    private static double Number(XElement e, string name) => Number((string)e.Attribute(name)!);
    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
