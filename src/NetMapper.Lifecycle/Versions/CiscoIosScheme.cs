using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// Classic IOS: major.minor(maintenance[rebuild])[train[number][rebuild]], as in 15.0(2a)EX5, 12.2(55)SE12,
/// 15.5(3)S1a; trains are written 15.2 or 15.2(7)E.
/// </summary>
internal sealed partial class CiscoIosScheme(string family = "ios") : IVersionScheme
{
    public string Family => family;

    public OsVersion? Parse(string text)
    {
        string version = VersionText.Lead(VersionText.Clean(text));
        var match = Shape().Match(version);
        return match.Success ? new OsVersion(family, version, PartsOf(match)) : null;
    }

    private static IReadOnlyList<VersionPart> PartsOf(Match match)
    {
        var parts = new PartList().Number(match.Groups["major"]).Number(match.Groups["minor"]);
        // The rebuild slot is always there once the maintenance number is, so trains line up: 15.0(2)EX5 vs 15.0(2a)EX5.
        if (match.Groups["maint"].Success) parts.Number(match.Groups["maint"]).Letter(match.Groups["rebuild"]);
        parts.Word(match.Groups["train"]).Number(match.Groups["trainNumber"]);
        if (match.Groups["trainRebuild"].Success) parts.Letter(match.Groups["trainRebuild"]);
        return parts.ToList();
    }

    [GeneratedRegex(@"^(?<major>[0-9]+)(?:\.(?<minor>[0-9]+)(?:\((?<maint>[0-9]+)(?<rebuild>[a-z])?\)" +
        @"(?:(?<train>[a-z]+)(?:(?<trainNumber>[0-9]+)(?<trainRebuild>[a-z])?)?)?)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
