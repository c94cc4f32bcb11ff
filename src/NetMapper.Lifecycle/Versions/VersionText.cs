using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>The noise around a version as NetMapper stores it, removed the same way for every family.</summary>
internal static partial class VersionText
{
    // A version ends where a label starts: "15.0(2a)EX5, RELEASE SOFTWARE", "6.48.6 (long-term)", "v6.2.15,build1378",
    // "6.6.3[Default]", "17.17.20240828:191717", "9.12(2) <context>".
    private static readonly char[] Stops = [' ', ',', '[', ':', '<'];

    /// <summary>
    /// Trims, drops quotes (sysDescr values are often stored quoted), joins runs of spaces and line breaks, and drops a
    /// leading "Version" that ENTITY-MIB software revisions carry ("Version 5.170 V200R010C00SPC600").
    /// </summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        string unquoted = raw.Trim().Trim('"').Trim();
        string oneLine = Whitespace().Replace(unquoted, " ");
        return LeadingVersionWord().Replace(oneLine, "");
    }

    /// <summary>The version token at the start of cleaned text, without the labels after it.</summary>
    public static string Lead(string cleaned)
    {
        int stop = cleaned.IndexOfAny(Stops);
        return stop < 0 ? cleaned : cleaned[..stop];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:Software\s+)?Version:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingVersionWord();
}
