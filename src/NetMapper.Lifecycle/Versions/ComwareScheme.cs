using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// H3C / HPE Comware: a platform version and the release built on it, as in "7.1.045, Release 2432P06" or
/// "5.20.99 Release 2222P08". Versions order by the platform version, then the release number and its patch.
/// Trains are written 7.1 or 7.1.045.
/// </summary>
internal sealed partial class ComwareScheme : IVersionScheme
{
    public string Family => "comware";

    public OsVersion? Parse(string text)
    {
        var match = Shape().Match(VersionText.Clean(text));
        if (!match.Success) return null;
        string version = match.Groups["version"].Value;
        var parts = new PartList().Numbers(version);
        if (!match.Groups["release"].Success) return new OsVersion(Family, version, parts.ToList());

        // 5.20 and 5.20.99 both carry releases: padding to three numbers keeps the release numbers side by side.
        for (int missing = 3 - version.Split('.').Length; missing > 0; missing--) parts.Number("0");
        string release = match.Groups["release"].Value.ToUpperInvariant();
        parts.Number(match.Groups["number"]).Tail(match.Groups["patch"].Value);
        return new OsVersion(Family, $"{version}, {Kind(match.Groups["kind"].Value)} {release}", parts.ToList());
    }

    private static string Kind(string written) => written.ToUpperInvariant() switch
    {
        "ESS" => "ESS",
        "FEATURE" => "Feature",
        _ => "Release",
    };

    // "Comware Software, Version 7.1.045, Release 2432P06" keeps the words before the version; they are skipped.
    [GeneratedRegex(@"^(?:.*?\bVersion\s+)?V?(?<version>[0-9]+\.[0-9]+(?:\.[0-9]+)?)" +
        @"(?:,?\s*(?<kind>Release|Feature|ESS)\s+(?<release>(?<number>[0-9]+)(?<patch>(?:[a-z]+[0-9]+)*)))?(?=$|[\s,(])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
