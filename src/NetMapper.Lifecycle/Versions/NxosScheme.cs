using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// NX-OS: major.minor(maintenance[rebuild])[train number(train maintenance[rebuild])], as in 7.0(3)I7(8), 10.3(4a),
/// 9.3(10), 5.2(1)CG2(1); also the image-name form 7.0.3.I7.8. Trains are written 9.3 or 7.0(3)I7. The M or F that
/// Cisco's pages add to 10.x releases (10.2(9)M) is a label, not a build: it is dropped.
/// </summary>
internal sealed partial class NxosScheme : IVersionScheme
{
    public string Family => "nx-os";

    public OsVersion? Parse(string text)
    {
        string version = VersionText.Lead(VersionText.Clean(text));
        var match = Written().Match(version) is { Success: true } written ? written : ImageName().Match(version);
        return match.Success ? new OsVersion(Family, Canonical(match), PartsOf(match)) : null;
    }

    private static IReadOnlyList<VersionPart> PartsOf(Match match)
    {
        var parts = new PartList().Number(match.Groups["major"]).Number(match.Groups["minor"]);
        if (match.Groups["maint"].Success) parts.Number(match.Groups["maint"]).Letter(match.Groups["rebuild"]);
        parts.Word(match.Groups["train"]).Number(match.Groups["trainNumber"]);
        if (match.Groups["trainMaint"].Success) parts.Number(match.Groups["trainMaint"]).Letter(match.Groups["trainRebuild"]);
        return parts.ToList();
    }

    /// <summary>Both forms written the way show version does, so one pattern in a catalog matches either.</summary>
    private static string Canonical(Match match)
    {
        string Group(string name) => match.Groups[name].Value;
        string text = $"{Group("major")}.{Group("minor")}";
        if (match.Groups["maint"].Success) text += $"({Group("maint")}{Group("rebuild").ToLowerInvariant()})";
        if (match.Groups["train"].Success) text += Group("train").ToUpperInvariant() + Group("trainNumber");
        if (match.Groups["trainMaint"].Success) text += $"({Group("trainMaint")}{Group("trainRebuild").ToLowerInvariant()})";
        return text;
    }

    [GeneratedRegex(@"^(?<major>[0-9]+)\.(?<minor>[0-9]+)(?:\((?<maint>[0-9]+)(?<rebuild>[a-z])?\)" +
        @"(?:(?<train>[a-z]+)(?<trainNumber>[0-9]+)(?:\((?<trainMaint>[0-9]+)(?<trainRebuild>[a-z])?\))?)?(?<label>[MF])?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    [GeneratedRegex(@"^(?<major>[0-9]+)\.(?<minor>[0-9]+)\.(?<maint>[0-9]+)(?<rebuild>[a-z])?" +
        @"(?:\.(?<train>[a-z]+)(?<trainNumber>[0-9]+)(?:\.(?<trainMaint>[0-9]+)(?<trainRebuild>[a-z])?)?)?(?:\.(?<label>[MF]))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageName();
}
