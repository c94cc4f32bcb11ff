using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// Junos: major.minor, a release type and number (R3, X53, S1, F6, B2), service steps (-S5, -D40), a build spin
/// (.11) and "-EVO" on Junos OS Evolved: 19.4R3.11, 14.1X53-D40.8, 21.4R3-S5.4, 22.2R3-S1.3-EVO. Trains are written
/// 19.4 or 14.1X53.
/// </summary>
internal sealed partial class JunosScheme : IVersionScheme
{
    public string Family => "junos";

    public OsVersion? Parse(string text)
    {
        string version = VersionText.Lead(VersionText.Clean(text)).ToUpperInvariant();
        var match = Shape().Match(version);
        if (!match.Success) return null;
        // The spin is a rebuild of the same release (19.4R3.11 is 19.4R3): left out, so "to: 19.4R3" includes it.
        var parts = new PartList().Number(match.Groups["major"]).Number(match.Groups["minor"])
            .Word(match.Groups["type"]).Number(match.Groups["number"]).Tail(match.Groups["steps"].Value);
        return new OsVersion(Family, version, parts.ToList());
    }

    [GeneratedRegex(@"^(?<major>[0-9]+)\.(?<minor>[0-9]+)" +
        @"(?:(?<type>[A-Z])(?<number>[0-9]+)(?<steps>(?:-[A-Z]+[0-9]+)*)(?:\.(?<spin>[0-9]+))?)?(?<evo>-EVO)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
