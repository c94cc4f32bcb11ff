using System.Globalization;

namespace NetMapper.Diagrams;

/// <summary>Colours: one per device kind, one per VLAN number (the same VLAN is the same colour in every scan).</summary>
public static class Palette
{
    public const string Trunk = "#37474F", Plain = "#78909C", Management = "#9E9E9E", Boundary = "#C62828";
    public const string Eol = "#C62828", Warning = "#F9A825";

    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Firewall => "#C62828",
        NodeKind.Router => "#1565C0",
        NodeKind.L3Switch => "#00838F",
        NodeKind.Switch => "#2E7D32",
        NodeKind.WirelessController or NodeKind.AccessPoint => "#6A1B9A",
        NodeKind.LoadBalancer => "#EF6C00",
        NodeKind.Server => "#455A64",
        NodeKind.HostGroup => "#8D6E63",
        NodeKind.Cloud => "#0277BD",
        _ => "#757575",
    };

    /// <summary>A hue from the VLAN number by the golden ratio: neighbouring VLAN numbers get distant hues.</summary>
    public static string OfVlan(int vlan)
    {
        double hue = vlan * 0.618033988749895 % 1.0;
        return Hsl(hue, 0.70, 0.42);
    }

    private static string Hsl(double h, double s, double l)
    {
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s, p = 2 * l - q;
        static double Channel(double p, double q, double t)
        {
            t = (t + 1) % 1;
            return t < 1 / 6.0 ? p + (q - p) * 6 * t : t < 0.5 ? q : t < 2 / 3.0 ? p + (q - p) * (2 / 3.0 - t) * 6 : p;
        }
        int R(double v) => (int)Math.Round(v * 255);
        int red = R(Channel(p, q, h + 1 / 3.0)), green = R(Channel(p, q, h)), blue = R(Channel(p, q, h - 1 / 3.0));
        return string.Create(CultureInfo.InvariantCulture, $"#{red:X2}{green:X2}{blue:X2}");
    }
}
