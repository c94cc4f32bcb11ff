using System.Globalization;

namespace NetMapper.Lifecycle;

/// <summary>Dates as the catalog, the plan and the JSON write them: YYYY-MM-DD in any culture (th-TH counts years
/// from the Buddhist era otherwise).</summary>
public static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
