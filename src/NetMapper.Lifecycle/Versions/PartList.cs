using System.Globalization;
using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>Collects the parts of one version, in order, from what a scheme's pattern captured.</summary>
internal sealed partial class PartList
{
    // Words that mark a build before the release they lead to: RouterOS 7.1rc1 and 7.1beta4 come before 7.1.
    private static readonly HashSet<string> PreReleaseWords = new(["alpha", "beta", "rc"], StringComparer.OrdinalIgnoreCase);

    private readonly List<VersionPart> parts = [];

    public IReadOnlyList<VersionPart> ToList() => parts.ToArray();

    /// <summary>A number as written ("0005" is 5); nothing when the group did not match.</summary>
    public PartList Number(Group group) => group.Success && group.Length > 0 ? Number(group.Value) : this;

    public PartList Number(string digits)
    {
        // A build stamp too long for a long still orders above every real number.
        long value = long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : long.MaxValue;
        parts.Add(VersionPart.Of(value));
        return this;
    }

    /// <summary>Each number of "16.11.0020" in turn.</summary>
    public PartList Numbers(string dotted)
    {
        foreach (string digits in dotted.Split('.', StringSplitOptions.RemoveEmptyEntries)) Number(digits);
        return this;
    }

    public PartList Word(Group group)
    {
        if (group.Success && group.Length > 0) parts.Add(VersionPart.Of(group.Value.ToUpperInvariant()));
        return this;
    }

    /// <summary>
    /// A rebuild letter as a number (none = 0, a = 1, b = 2), so that a version with it and one without it have their
    /// later parts at the same positions: 15.0(2)EX5 &lt; 15.0(2a)EX5 &lt; 15.0(3)EX.
    /// </summary>
    public PartList Letter(Group group)
    {
        long value = group.Success && group.Length == 1 ? char.ToLowerInvariant(group.Value[0]) - 'a' + 1 : 0;
        parts.Add(VersionPart.Of(value));
        return this;
    }

    /// <summary>The words and numbers of a tail ("-h1", "a", "rc1", "C00SPC600", "-S5-J4"), separators dropped.</summary>
    public PartList Tail(string tail)
    {
        foreach (Match token in Token().Matches(tail))
        {
            if (char.IsAsciiDigit(token.Value[0])) Number(token.Value);
            else parts.Add(PreReleaseWords.Contains(token.Value)
                ? VersionPart.PreRelease(token.Value.ToLowerInvariant())
                : VersionPart.Of(token.Value));
        }
        return this;
    }

    [GeneratedRegex("[A-Za-z]+|[0-9]+")]
    private static partial Regex Token();
}
