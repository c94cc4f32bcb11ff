using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// Huawei VRP: V(version)R(release) then C(customisation) and SPC (service pack) steps, as in V200R010C00SPC600.
/// The VRP platform number before it ("5.170 (V200R010C00SPC600)", as discovery stores it) is the same for many
/// releases and does not order them, so the V...R... code is looked for wherever it is. Trains are written V200R010.
/// </summary>
internal sealed partial class VrpScheme : IVersionScheme
{
    public string Family => "vrp";

    public OsVersion? Parse(string text)
    {
        var match = Code().Match(VersionText.Clean(text));
        if (!match.Success) return null;
        var parts = new PartList().Number(match.Groups["version"]).Number(match.Groups["release"])
            .Tail(match.Groups["steps"].Value);
        return new OsVersion(Family, match.Value.ToUpperInvariant(), parts.ToList());
    }

    [GeneratedRegex(@"(?<![a-z0-9])V(?<version>[0-9]+)R(?<release>[0-9]+)(?<steps>(?:[a-z]+[0-9]+)*)(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
