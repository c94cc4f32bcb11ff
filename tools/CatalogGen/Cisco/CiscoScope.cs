namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>
/// Which bulletin rows describe network hardware NetMapper can find. The lists are exhaustive on purpose: a category
/// the CSV gains later stops the tool until someone decides, instead of slipping in or out unnoticed.
/// </summary>
internal static class CiscoScope
{
    public static readonly IReadOnlySet<string> KeptCategories =
        new SortedSet<string>(StringComparer.Ordinal) { "Routers", "Security", "Switches", "Wireless" };

    public static readonly IReadOnlySet<string> DroppedCategories =
        new SortedSet<string>(StringComparer.Ordinal) { "Collaboration Endpoints and Phones", "Unified Communications" };

    /// <summary>Series of a dropped category kept anyway: voice gateways are IOS routers a scan finds.</summary>
    public static readonly IReadOnlySet<string> KeptSeriesOfDroppedCategories =
        new SortedSet<string>(StringComparer.Ordinal) { "VG Series Gateways" };

    /// <summary>Series of kept categories whose rows are software, subscriptions or cloud services, never a box.</summary>
    public static readonly IReadOnlySet<string> SoftwareOnlySeries = new SortedSet<string>(StringComparer.Ordinal)
    {
        "Attack Surface Management",
        "Cloud Services Router 1000V Series",
        "Cyber Vision",
        "Enterprise NFV Infrastructure Software",
        "Policy Suite for Mobile",
        "Secure Cloud Analytics",
        "Secure Firewall Threat Defense",
        "Security Analytics and Logging",
        "Wide Area Application Services (WAAS) Software",
        "XDR",
    };

    /// <summary>
    /// Rows that are not the bulletin's products. The dataset's scraper reads the first cell of each row of a
    /// bulletin's product table; where an end-of-sale PID spans several rows, one per replacement, the following rows
    /// start with the replacement PID. EOL14734 (vEdge 2000/5000) lists the current C8300 routers that way, after
    /// VEDGE-2000-AC-K9. Keyed by bulletin id as the CSV writes it and PID.
    /// </summary>
    public static readonly IReadOnlySet<(string Bulletin, string Pid)> ReplacementRows =
        new HashSet<(string, string)>
        {
            ("EOL14734", "C8300-1N1S-6T"),
            ("EOL14734", "C8300-2N2S-4T2X"),
            ("EOL14734", "C8300-2N2S-6T"),
        };

    public const string HardwareKind = "hardware_or_other";

    /// <summary>Why a row is left out, or null to keep it.</summary>
    public static string? DropReason(BulletinRow row)
    {
        if (row.Kind != HardwareKind) return $"not hardware ({row.Kind})";
        if (row.Pid.Length == 0 || row.Pid.Any(char.IsWhiteSpace)) return "no product ID, or one with spaces";
        if (row.Pid.EndsWith('=')) return "spare (product ID ends with =)";
        if (ReplacementRows.Contains((row.BulletinId, row.Pid))) return "a replacement the scraper took for a product";
        if (!InScope(row)) return $"category {row.Category}";
        if (SoftwareOnlySeries.Contains(row.Series)) return "software-only series";
        if (row.Dates.IsEmpty) return "no milestone dates";
        return null;
    }

    private static bool InScope(BulletinRow row)
    {
        if (KeptCategories.Contains(row.Category)) return true;
        if (DroppedCategories.Contains(row.Category)) return KeptSeriesOfDroppedCategories.Contains(row.Series);
        throw new InvalidDataException($"line {row.Line}: category '{row.Category}' is neither kept nor dropped; "
            + "decide in CiscoScope and the README");
    }
}
