using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NetMapper.Diagrams;
using SkiaSharp;

namespace NetMapper.Testing;

/// <summary>What a text of a drawing belongs to: a box (its own texts), a line (its port and middle labels), or the page.</summary>
public sealed record TextOwner(string? Node, string? EdgeFrom, string? EdgeTo, string Part);

/// <summary>A text as the renderer draws it: where its ink lies on the page, and what it belongs to.</summary>
public sealed record DrawnText(string Text, Box Box, TextOwner Owner, Pt Anchor);

/// <summary>
/// Reads every text of an SVG drawing and measures it with the font the renderer uses (SkiaSharp, the family the SVG
/// names, as Svg.Skia resolves it): across by its advance, up and down by its glyphs' ink, turned where the SVG turns it.
/// </summary>
public static partial class TextBoxes
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Dictionary<(string, double, bool), (double Advance, double Top, double Bottom)> Measured = [];
    private static readonly Lock Gate = new();

    /// <summary>Whether this machine has the font the drawings name first, the one their layout is measured for
    /// (Debian's fonts-noto-cjk): measured in another, the texts would not be where the drawing's reader sees them.</summary>
    public static bool HasDrawingFont()
    {
        using var typeface = SKFontManager.Default.MatchFamily(SvgFirstFamily);
        return typeface is not null;
    }

    private const string SvgFirstFamily = "Noto Sans CJK TC";

    public static IReadOnlyList<DrawnText> Of(XElement svg)
    {
        var families = ((string?)svg.Attribute("font-family") ?? "sans-serif").Split(',').Select(f => f.Trim()).ToArray();
        var texts = new List<DrawnText>();
        foreach (var text in svg.Descendants(Svg + "text"))
        {
            string value = text.Value;
            if (value.Length == 0) continue;
            double x = Number(text, "x"), y = Number(text, "y"), size = Number(text, "font-size");
            bool bold = (string?)text.Attribute("font-weight") == "bold";
            var (advance, top, bottom) = Measure(families, value, size, bold);
            double left = (string?)text.Attribute("text-anchor") switch
            {
                "middle" => x - advance / 2,
                "end" => x - advance,
                _ => x,
            };
            var box = new Box(left, y + top, advance, bottom - top);
            if ((string?)text.Attribute("transform") is { } transform && Rotation().Match(transform) is { Success: true } turn)
                box = Turned(box, Parse(turn.Groups[1].Value), Parse(turn.Groups[2].Value), Parse(turn.Groups[3].Value));
            texts.Add(new DrawnText(value, box, OwnerOf(text), new Pt(x, y)));
        }
        return texts;
    }

    private static TextOwner OwnerOf(XElement text)
    {
        foreach (var group in text.Ancestors())
        {
            if ((string?)group.Attribute("data-node") is { } node) return new TextOwner(node, null, null, "node");
            if (group.Attribute("data-edge") is not null)
                return new TextOwner(null, (string?)group.Attribute("data-from"), (string?)group.Attribute("data-to"), "edge");
            if (group.Attribute("data-zone") is not null) return new TextOwner(null, null, null, "zone title");
            if (group.Attribute("data-boundary") is not null) return new TextOwner(null, null, null, "boundary");
            if (group.Attribute("data-title-block") is not null) return new TextOwner(null, null, null, "title block");
            if (group.Attribute("data-legend") is not null) return new TextOwner(null, null, null, "legend");
        }
        return new TextOwner(null, null, null, "header");
    }

    /// <summary>Only -90° turns about the anchor are drawn (upright port labels); other angles are not expected.</summary>
    private static Box Turned(Box box, double degrees, double cx, double cy)
    {
        if (Math.Abs(degrees + 90) > 1e-9) throw new NotSupportedException($"rotate({degrees}) is not measured");
        // (dx, dy) turns to (dy, -dx)
        return new Box(cx + (box.Y - cy), cy - (box.Right - cx), box.Height, box.Width);
    }

    private static (double Advance, double Top, double Bottom) Measure(string[] families, string text, double size, bool bold)
    {
        lock (Gate)
        {
            if (Measured.TryGetValue((text, size, bold), out var known)) return known;
            var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
            using var typeface = families.Select(f => SKFontManager.Default.MatchFamily(f, style)).FirstOrDefault(t => t is not null)
                ?? SKTypeface.Default;
            using var font = new SKFont(typeface, (float)size);
            float advance = font.MeasureText(text, out var ink);
            var measured = ((double)advance, (double)ink.Top, (double)ink.Bottom);
            Measured[(text, size, bold)] = measured;
            return measured;
        }
    }

    private static double Number(XElement e, string name) => Parse((string)e.Attribute(name)!);
    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"rotate\(\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\)")]
    private static partial Regex Rotation();
}
