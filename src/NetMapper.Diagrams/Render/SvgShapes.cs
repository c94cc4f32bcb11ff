using System.Drawing;
using System.Globalization;
using Svg;
using Svg.Pathing;
using Svg.Transforms;

namespace NetMapper.Diagrams;

/// <summary>Small constructors for the SVG elements the diagrams use (Svg.Custom's object model).</summary>
internal static class SvgShapes
{
    /// <summary>Set once on the document and inherited by every text.</summary>
    public const string Fonts = "Noto Sans CJK TC, Noto Sans TC, Microsoft JhengHei, PingFang TC, sans-serif";

    public static SvgColourServer Paint(string hex) =>
        new(Color.FromArgb(int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture) | unchecked((int)0xFF000000)));

    public static SvgRectangle Rect(Box box, string fill, string stroke, double strokeWidth = 1, double radius = 0)
    {
        var rect = new SvgRectangle
        {
            X = U(box.X), Y = U(box.Y), Width = U(box.Width), Height = U(box.Height),
            Fill = fill == "none" ? SvgPaintServer.None : Paint(fill),
            Stroke = stroke == "none" ? SvgPaintServer.None : Paint(stroke),
            StrokeWidth = U(strokeWidth),
        };
        if (radius > 0) (rect.CornerRadiusX, rect.CornerRadiusY) = (U(radius), U(radius));
        return rect;
    }

    public static SvgText Text(double x, double y, string text, double size, string color = "#212121", bool bold = false, SvgTextAnchor anchor = SvgTextAnchor.Start)
    {
        var element = new SvgText(text)
        {
            X = [U(x)], Y = [U(y)], FontSize = U(size), Fill = Paint(color), TextAnchor = anchor,
        };
        if (bold) element.FontWeight = SvgFontWeight.Bold;
        return element;
    }

    /// <summary>Text with a white outline behind it, readable where it lies over lines.</summary>
    public static SvgText Halo(SvgText text)
    {
        text.Stroke = Paint("#FFFFFF");
        text.StrokeWidth = U(3);
        text.CustomAttributes["paint-order"] = "stroke";
        text.CustomAttributes["stroke-linejoin"] = "round";
        return text;
    }

    public static SvgPolyline Line(IEnumerable<Pt> points, string color, double width, string? dashes = null)
    {
        var line = new SvgPolyline { Fill = SvgPaintServer.None, Stroke = Paint(color), StrokeWidth = U(width), Points = [] };
        foreach (var p in points) { line.Points.Add(U(p.X)); line.Points.Add(U(p.Y)); }
        if (dashes is not null) line.StrokeDashArray = Dashes(dashes);
        line.CustomAttributes["stroke-linejoin"] = "round";
        return line;
    }

    public static SvgPath Path(string data, string color, double width, double x, double y, double scale)
    {
        var path = new SvgPath { PathData = SvgPathBuilder.Parse(data.AsSpan()), Fill = SvgPaintServer.None, Stroke = Paint(color), StrokeWidth = U(width) };
        path.Transforms = [new SvgTranslate((float)x, (float)y), new SvgScale((float)scale)];
        path.CustomAttributes["stroke-linecap"] = "round";
        path.CustomAttributes["stroke-linejoin"] = "round";
        return path;
    }

    public static SvgCircle Circle(double x, double y, double r, string fill) =>
        new() { CenterX = U(x), CenterY = U(y), Radius = U(r), Fill = Paint(fill), Stroke = Paint("#FFFFFF"), StrokeWidth = U(1) };

    public static SvgUnitCollection Dashes(string pattern)
    {
        var units = new SvgUnitCollection();
        foreach (var part in pattern.Split(',')) units.Add(U(double.Parse(part, CultureInfo.InvariantCulture)));
        return units;
    }

    public static SvgTitle Tooltip(string text) => new() { Content = text };

    public static SvgUnit U(double value) => new((float)Math.Round(value, 1));
}
