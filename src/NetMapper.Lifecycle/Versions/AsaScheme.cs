using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// ASA: major.minor(maintenance)[interim], as in 9.12(2), 9.1(7)32, 9.8(4)45; the interim is also written inside the
/// brackets (9.8(4.15)). Trains are written 9.12.
/// </summary>
internal sealed partial class AsaScheme : IVersionScheme
{
    public string Family => "asa";

    public OsVersion? Parse(string text)
    {
        string version = VersionText.Lead(VersionText.Clean(text));
        var match = Shape().Match(version);
        if (!match.Success) return null;
        var parts = new PartList().Number(match.Groups["major"]).Number(match.Groups["minor"])
            .Number(match.Groups["maint"]).Number(match.Groups["interim"]);
        return new OsVersion(Family, version, parts.ToList());
    }

    // .NET lets both spellings of the interim share one group name.
    [GeneratedRegex(@"^(?<major>[0-9]+)\.(?<minor>[0-9]+)(?:\((?<maint>[0-9]+)(?:\.(?<interim>[0-9]+))?\)(?<interim>[0-9]+)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
