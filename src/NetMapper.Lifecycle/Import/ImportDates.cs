using System.Globalization;

namespace NetMapper.Lifecycle.Import;

/// <summary>
/// The date forms import sources use: ISO (2025-10-31), the US form of spreadsheet exports (10/31/2025) and the
/// day-month form of Cisco and Oracle exports (31-Oct-2025). Nothing else: a date that could be read two ways is refused.
/// </summary>
internal static class ImportDates
{
    private static readonly string[] Forms = ["yyyy-MM-dd", "M/d/yyyy", "d-MMM-yyyy"];

    public const string Expected = "YYYY-MM-DD, M/D/YYYY or D-Mon-YYYY";

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Only YYYY-MM-DD, for sources whose format promises it (endoflife.date, a YAML date).</summary>
    public static bool TryParseIso(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
