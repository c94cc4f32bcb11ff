using System.Text.RegularExpressions;

namespace NetMapper.Topology;

/// <summary>Port names as neighbours report them: "GigabitEthernet1/0/1" (CDP), "Gi1/0/1" (ifName) and "gi1/0/1" are one port.</summary>
internal static partial class InterfaceNames
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

    [GeneratedRegex(@"^([a-z\-]+)(?=\d)")]
    private static partial Regex LeadingWord();
}
