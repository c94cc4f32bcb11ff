namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// The <c>versions</c> patterns of software entries: <c>*</c> stands for any run of characters (none included), every
/// other character for itself, ignoring case, on the whole of a version's normalised text: 15.2(7)E* matches
/// 15.2(7)E8 and 15.2(7)E, not 15.2(4)E10.
/// </summary>
public static class VersionGlob
{
    public static bool IsMatch(string pattern, OsVersion version) => IsMatch(pattern, version.Text);

    public static bool IsMatch(string pattern, string text)
    {
        pattern = pattern.Trim();
        int p = 0, t = 0;
        // Where the last * was, and where in the text it began: on a mismatch that star takes one more character.
        int star = -1, starText = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*') { star = p++; starText = t; }
            else if (p < pattern.Length && SameLetter(pattern[p], text[t])) { p++; t++; }
            else if (star >= 0) { p = star + 1; t = ++starText; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    private static bool SameLetter(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
