using System.Text.RegularExpressions;

namespace NetMapper.Topology;

/// <summary>Port names as neighbours report them: "GigabitEthernet1/0/1" (CDP), "Gi1/0/1" (ifName) and "gi1/0/1" are one port.</summary>
public static partial class InterfaceNames
{
    private static readonly (string Long, string Short)[] Abbreviations =
    [
        ("hundredgigabitethernet", "hu"), ("hundredgige", "hu"), ("fortygigabitethernet", "fo"), ("twentyfivegige", "twe"),
        ("tengigabitethernet", "te"), ("gigabitethernet", "gi"), ("fastethernet", "fa"), ("ethernet", "eth"), ("port-channel", "po"),
        ("bundle-ether", "be"), ("management", "mgmt"),
    ];

    public static bool Equivalent(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Canonical(a) == Canonical(b));

    public static string Canonical(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        var match = LeadingWord().Match(lower);
        if (!match.Success) return lower;
        var word = match.Groups[1].Value;
        foreach (var (longName, shortName) in Abbreviations)
            if (word == longName || (word.Length >= 2 && longName.StartsWith(word, StringComparison.Ordinal) && word.StartsWith(shortName, StringComparison.Ordinal)))
                return shortName + lower[word.Length..];
        return lower;
    }

    /// <summary>The short form engineers write on diagrams ("TwentyFiveGigE1/0/15" → "Twe1/0/15"); other names as they are.</summary>
    public static string Short(string name)
    {
        var match = LeadingWord().Match(name.ToLowerInvariant());
        if (!match.Success) return name;
        var word = match.Groups[1].Value;
        foreach (var (longName, shortName) in Abbreviations.Where(a => a.Long == word && a.Short != "mgmt"))
            return (shortName == "be" ? "BE" : char.ToUpperInvariant(shortName[0]) + shortName[1..]) + name[word.Length..];
        return name;
    }

    [GeneratedRegex(@"^([a-z\-]+)(?=\d)")]
    private static partial Regex LeadingWord();
}
