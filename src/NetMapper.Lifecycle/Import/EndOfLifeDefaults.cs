namespace NetMapper.Lifecycle.Import;

/// <summary>What an endoflife.date product is in NetMapper's terms, for the products network devices run.</summary>
internal static class EndOfLifeDefaults
{
    /// <summary>endoflife.date permalink -> NetMapper's OS family key (the catalog README lists the keys).</summary>
    public static readonly IReadOnlyDictionary<string, string> OsFamilies = new Dictionary<string, string>
    {
        ["cisco-ios-xe"] = "ios-xe",
        ["cisco-ios"] = "ios",
        ["cisco-nx-os"] = "nx-os",
        ["fortios"] = "fortios",
        ["pan-os"] = "pan-os",
        ["panos"] = "pan-os",
        ["big-ip"] = "tmos",
        ["routeros"] = "routeros",
        ["aruba-aos-cx"] = "aos-cx",
    };

    /// <summary>endoflife.date permalink -> vendor, as NetMapper names vendors elsewhere.</summary>
    public static readonly IReadOnlyDictionary<string, string> Vendors = new Dictionary<string, string>
    {
        ["cisco-ios-xe"] = "Cisco",
        ["cisco-ios"] = "Cisco",
        ["cisco-nx-os"] = "Cisco",
        ["cisco-hardware"] = "Cisco",
        ["fortios"] = "Fortinet",
        ["fortigate"] = "Fortinet",
        ["pan-os"] = "Palo Alto Networks",
        ["panos"] = "Palo Alto Networks",
        ["big-ip"] = "F5",
        ["routeros"] = "MikroTik",
        ["aruba-aos-cx"] = "HPE Aruba",
        ["sns-firmware"] = "Stormshield",
        ["sns-hardware"] = "Stormshield",
    };

    /// <summary>
    /// Whether a site's eol column is the vendor's end of support (FortiOS "End of Support", PAN-OS "End-of-life
    /// Date", BIG-IP "End of Technical Support") rather than the end of security fixes.
    /// </summary>
    public static bool EolIsEndOfSupport(string label)
    {
        var words = label.Replace('-', ' ').ToUpperInvariant();
        return words.Contains("END OF SUPPORT", StringComparison.Ordinal)
            || words.Contains("END OF LIFE", StringComparison.Ordinal)
            || words.Contains("END OF TECHNICAL SUPPORT", StringComparison.Ordinal);
    }

    /// <summary>Whether a site's eoas column is the end of sale (Stormshield hardware "Commercial Availability").</summary>
    public static bool EoasIsEndOfSale(string label)
    {
        var words = label.ToUpperInvariant();
        return words.Contains("SALE", StringComparison.Ordinal) || words.Contains("ORDER", StringComparison.Ordinal)
            || words.Contains("COMMERCIAL", StringComparison.Ordinal);
    }
}
