using System.Globalization;

namespace NetMapper.Diagrams;

/// <summary>A colour in CIELAB (D65 white, 2° observer).</summary>
public readonly record struct Lab(double L, double A, double B)
{
    /// <summary>An sRGB colour written "#RRGGBB", through linear RGB and XYZ (IEC 61966-2-1 matrix).</summary>
    public static Lab FromHex(string hex)
    {
        bool written = hex.Length == 7 && hex[0] == '#';
        if (!written || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb))
            throw new ArgumentException($"colour '{hex}' must be written #RRGGBB", nameof(hex));
        static double Linear(int channel)
        {
            double c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        double r = Linear(rgb >> 16 & 0xFF), g = Linear(rgb >> 8 & 0xFF), b = Linear(rgb & 0xFF);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        return new Lab(116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}

/// <summary>
/// The CIEDE2000 colour difference, as written out by Sharma, Wu and Dalal (2005). Written here because no served
/// NuGet package has it (ColorHelper converts to XYZ but compares nothing).
/// </summary>
public static class ColourDifference
{
    private const double Pow25To7 = 6103515625.0;

    public static double Ciede2000(Lab first, Lab second)
    {
        double meanChroma = (Chroma(first.A, first.B) + Chroma(second.A, second.B)) / 2;
        double g = 0.5 * (1 - Math.Sqrt(Pow7(meanChroma) / (Pow7(meanChroma) + Pow25To7)));
        double a1 = (1 + g) * first.A, a2 = (1 + g) * second.A;
        double c1 = Chroma(a1, first.B), c2 = Chroma(a2, second.B);
        double h1 = Hue(a1, first.B), h2 = Hue(a2, second.B);
        bool achromatic = c1 * c2 == 0;

        double dL = second.L - first.L, dC = c2 - c1;
        double dh = achromatic ? 0 : h2 - h1;
        if (dh > 180) dh -= 360;
        else if (dh < -180) dh += 360;
        double dH = 2 * Math.Sqrt(c1 * c2) * Math.Sin(Radians(dh / 2));

        double meanL = (first.L + second.L) / 2, meanC = (c1 + c2) / 2;
        double meanH = achromatic ? h1 + h2
            : Math.Abs(h1 - h2) <= 180 ? (h1 + h2) / 2
            : (h1 + h2 < 360 ? h1 + h2 + 360 : h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Cos(meanH - 30) + 0.24 * Cos(2 * meanH) + 0.32 * Cos(3 * meanH + 6) - 0.20 * Cos(4 * meanH - 63);
        double rotation = 30 * Math.Exp(-Math.Pow((meanH - 275) / 25, 2));
        double rc = 2 * Math.Sqrt(Pow7(meanC) / (Pow7(meanC) + Pow25To7));
        double l50 = (meanL - 50) * (meanL - 50);
        double sL = 1 + 0.015 * l50 / Math.Sqrt(20 + l50), sC = 1 + 0.045 * meanC, sH = 1 + 0.015 * meanC * t;
        double rt = -Math.Sin(Radians(2 * rotation)) * rc;
        double lightness = dL / sL, chroma = dC / sC, hue = dH / sH;
        return Math.Sqrt(lightness * lightness + chroma * chroma + hue * hue + rt * chroma * hue);
    }

    /// <summary>The CIEDE2000 difference of two sRGB colours written "#RRGGBB".</summary>
    public static double Ciede2000(string first, string second) => Ciede2000(Lab.FromHex(first), Lab.FromHex(second));

    private static double Chroma(double a, double b) => Math.Sqrt(a * a + b * b);
    private static double Pow7(double value) => Math.Pow(value, 7);
    private static double Radians(double degrees) => degrees * Math.PI / 180;
    private static double Cos(double degrees) => Math.Cos(Radians(degrees));

    /// <summary>The hue angle in degrees, 0–360; 0 for a grey (both a and b zero).</summary>
    private static double Hue(double a, double b)
    {
        if (a == 0 && b == 0) return 0;
        double degrees = Math.Atan2(b, a) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }
}
