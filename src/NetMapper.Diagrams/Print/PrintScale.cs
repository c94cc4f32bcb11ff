using System.Globalization;
using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>
/// How small a drawing may be printed: device names at 8 pt or more, every other text (port labels, addresses,
/// the legend) at 6 pt or more. Read from the SVG itself, so whatever text a page holds is counted.
/// </summary>
public static class PrintScale
{
    public const double DeviceNamePoints = 8, LabelPoints = 6;

    /// <summary>The smallest PDF points per SVG unit at which every text of the drawing meets its minimum.</summary>
    public static double Minimum(XElement svg) =>
        svg.Descendants(SvgShapes.Ns + "text").Select(t => PointsNeeded(t) / FontSize(t)).DefaultIfEmpty(0.5).Max();

    /// <summary>The printed size a text must have at least: a device name's, or any other label's.</summary>
    public static double PointsNeeded(XElement text) =>
        (string?)text.Attribute("data-device-name") == "true" ? DeviceNamePoints : LabelPoints;

    public static double FontSize(XElement text) =>
        double.Parse((string)text.Attribute("font-size")!, CultureInfo.InvariantCulture);
}
