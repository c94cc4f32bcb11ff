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

    /// <summary>The one rule for naming a port in links, tables, records and diagrams: ifName, else ifDescr (devices that
    /// leave ifName empty still fill ifDescr), else "ifIndex N".</summary>
    public static string Of(DeviceInterface port) =>
        port.Name.Length > 0 ? port.Name : port.Description.Length > 0 ? port.Description : $"ifIndex {port.IfIndex}";

    /// <summary>A port by ifIndex on a device that may not list it: "" for ifIndex 0, which names no port (a route or an
    /// address without an interface), and "ifIndex N" for an interface the device did not report.</summary>
    public static string Of(DeviceInterface? port, int ifIndex) => port is not null ? Of(port) : ifIndex == 0 ? "" : $"ifIndex {ifIndex}";

    public static bool Equivalent(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Canonical(a) == Canonical(b));

    public static string Canonical(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        var match = LeadingWord().Match(lower);
        if (!match.Success) return lower;
        var word = match.Groups[1].Value;
        foreach (var (longName, shortName) in Abbreviations)
            if (word == longName || Abbreviates(word, longName, shortName))
                return shortName + lower[word.Length..];
        return lower;
    }

    /// <summary>A word of two letters or more that begins the long name and starts with its short form ("gig" for "gi").</summary>
    private static bool Abbreviates(string word, string longName, string shortName) =>
        word.Length >= 2 && longName.StartsWith(word, StringComparison.Ordinal) && word.StartsWith(shortName, StringComparison.Ordinal);

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
