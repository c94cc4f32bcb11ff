using System.Globalization;

namespace NetMapper.Cli.Common;

/// <summary>A period in whole months as users write it: "12m", "18M", "2y" or a bare number; 1 month to 10 years.</summary>
internal static class MonthsInput
{
    private const int Longest = 120;

    public static bool TryParse(string text, out int months)
    {
        text = text.Trim().ToLowerInvariant();
        int factor = text.EndsWith('y') ? 12 : 1;
        string digits = text.TrimEnd('m', 'y');
        bool ok = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n);
        months = n * factor;
        return ok && months is > 0 and <= Longest;
    }
}
