using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// Small constructors for the SVG elements the diagrams use, as System.Xml.Linq elements. (Svg.Custom's object model
/// was the first choice; its writer visits every SVG property of every element, 17–35 µs each, five times the layout's
/// whole cost at 500 devices. Svg.Custom still reads the SVG back for PNG and PDF, through Svg.Skia.)
/// </summary>
internal static class SvgShapes
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Set once on the document and inherited by every text.</summary>
    public const string Fonts = "Noto Sans CJK TC, Noto Sans TC, Microsoft JhengHei, PingFang TC, sans-serif";

    public static XElement Group() => new(Ns + "g");

    public static XElement Rect(Box box, string fill, string stroke, double strokeWidth = 1, double radius = 0)
    {
        var rect = new XElement(Ns + "rect", new XAttribute("x", N(box.X)), new XAttribute("y", N(box.Y)),
            new XAttribute("width", N(box.Width)), new XAttribute("height", N(box.Height)));
        if (radius > 0) rect.Add(new XAttribute("rx", N(radius)), new XAttribute("ry", N(radius)));
        rect.Add(new XAttribute("fill", fill), new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(strokeWidth)));
        return rect;
    }

    public static XElement Text(double x, double y, string text, double size, string color = "#212121", bool bold = false,
        string anchor = "start")
    {
        var element = new XElement(Ns + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(size)), new XAttribute("fill", color));
        if (anchor != "start") element.Add(new XAttribute("text-anchor", anchor));
        if (bold) element.Add(new XAttribute("font-weight", "bold"));
        element.Add(text);
        return element;
    }

    /// <summary>Text with a white outline behind it, readable where it lies over lines.</summary>
    public static XElement Halo(XElement text)
    {
        text.Add(new XAttribute("stroke", "#FFFFFF"), new XAttribute("stroke-width", "3"),
            new XAttribute("paint-order", "stroke"), new XAttribute("stroke-linejoin", "round"));
        return text;
    }

    public static XElement Line(IEnumerable<Pt> points, string color, double width, string? dashes = null)
    {
        var line = new XElement(Ns + "polyline", new XAttribute("points", Points(points)), new XAttribute("fill", "none"),
            new XAttribute("stroke", color), new XAttribute("stroke-width", N(width)), new XAttribute("stroke-linejoin", "round"));
        if (dashes is not null) line.Add(new XAttribute("stroke-dasharray", dashes.Replace(',', ' ')));
        return line;
    }

    public static XElement Path(string data, string color, double width, double x, double y, double scale) =>
        new(Ns + "path", new XAttribute("d", data), new XAttribute("transform", $"translate({N(x)} {N(y)}) scale({N(scale)})"),
            new XAttribute("fill", "none"), new XAttribute("stroke", color), new XAttribute("stroke-width", N(width)),
            new XAttribute("stroke-linecap", "round"), new XAttribute("stroke-linejoin", "round"));

    public static XElement Circle(double x, double y, double r, string fill) =>
        new(Ns + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", N(r)), new XAttribute("fill", fill),
            new XAttribute("stroke", "#FFFFFF"), new XAttribute("stroke-width", "1"));

    public static XElement Polygon(IEnumerable<Pt> points, string fill) =>
        new(Ns + "polygon", new XAttribute("points", Points(points)), new XAttribute("fill", fill),
            new XAttribute("stroke", "#FFFFFF"));

    public static XElement Tooltip(string text) => new(Ns + "title", text);

    public static string Points(IEnumerable<Pt> points) => string.Join(" ", points.Select(p => $"{N(p.X)},{N(p.Y)}"));

    /// <summary>Numbers as SVG writes them: invariant, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
