namespace NetMapper.Lifecycle.Matching;

/// <summary>Product IDs and model names compared as vendors mean them: case, spaces and a spare's trailing '=' aside.</summary>
public static class ProductIds
{
    public static string Normalise(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 256)];
        int length = 0;
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, 256)))
            if (!char.IsWhiteSpace(c)) buffer[length++] = char.ToUpperInvariant(c);
        while (length > 0 && buffer[length - 1] == '=') length--;
        return new string(buffer[..length]);
    }

    /// <summary>A glob with '*' (any run of characters, none included) over normalised text.</summary>
    public static bool Matches(string normalisedPattern, string normalisedText) =>
        Glob(normalisedPattern.AsSpan(), normalisedText.AsSpan());

    /// <summary>How specific a pattern is: its literal characters (WS-C3560-48* beats WS-C3560*).</summary>
    public static int Specificity(string pattern) => pattern.Count(c => c != '*');

    private static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        // Greedy with one backtrack point: the last '*' seen takes one more character when the rest fails.
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
