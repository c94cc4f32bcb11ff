using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// Where a label is drawn: its anchor point, how the text hangs from it (SVG's text-anchor) and whether it is turned
/// upright (read bottom to top); and the box its ink covers, in the font's measures (<see cref="TextWidth"/>).
/// </summary>
internal readonly record struct TextSpot(double X, double Y, string Anchor, bool Upright, string Text, double Size, bool Bold = false)
{
    /// <summary>Room kept clear round a label's ink, for the white halo that keeps it readable over lines.</summary>
    private const double Halo = 1;

    public Box Ink
    {
        get
        {
            double width = TextWidth.Of(Text, Size, Bold), above = TextWidth.AscentEm * Size, below = TextWidth.DescentEm * Size;
            double start = Anchor switch { "middle" => -width / 2, "end" => -width, _ => 0 };
            var box = Upright
                ? new Box(X - above, Y - start - width, above + below, width)
                : new Box(X + start, Y - above, width, above + below);
            return new Box(box.X - Halo, box.Y - Halo, box.Width + 2 * Halo, box.Height + 2 * Halo);
        }
    }

    public XElement Draw(string color)
    {
        var text = SvgShapes.Halo(SvgShapes.Text(X, Y, Text, Size, color, Bold, Anchor));
        if (Upright) text.SetAttributeValue("transform", $"rotate(-90 {SvgShapes.N(X)} {SvgShapes.N(Y)})");
        return text;
    }
}
