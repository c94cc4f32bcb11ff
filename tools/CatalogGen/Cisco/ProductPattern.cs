namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>A product ID pattern as the catalog reads it: <c>*</c> stands for one or more characters.</summary>
internal static class ProductPattern
{
    public static bool Matches(string pattern, string pid) => Match(pattern, 0, pid, 0);

    /// <summary>Why a pattern is unusable, or null: no spaces, and a fixed prefix of at least three characters.</summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length == 0 || pattern.Any(char.IsWhiteSpace)) return "empty or has spaces";
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        return star is >= 0 and < 3 ? "needs at least three characters before the first *" : null;
    }

    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var end = t + 1; end <= text.Length; end++)
                    if (Match(pattern, p + 1, text, end)) return true;
                return false;
            }
            if (t >= text.Length || char.ToUpperInvariant(pattern[p]) != char.ToUpperInvariant(text[t])) return false;
            p++;
            t++;
        }
        return t == text.Length;
    }
}
