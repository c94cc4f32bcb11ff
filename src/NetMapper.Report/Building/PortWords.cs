using System.Globalization;

namespace NetMapper.Report;

/// <summary>A port's speed as the diagrams print it: "10G", "100M".</summary>
internal static class PortWords
{
    public static string Speed(ulong bps) => bps switch
    {
        0 => "",
        >= 1_000_000_000 => Format(bps / 1e9) + "G",
        >= 1_000_000 => Format(bps / 1e6) + "M",
        _ => Format(bps / 1e3) + "k",
    };

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
