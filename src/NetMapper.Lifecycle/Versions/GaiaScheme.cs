using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// Check Point Gaia: R, then dotted numbers, as in R77.20, R80.40, R81.10, and R81.10.08 on Embedded Gaia appliances.
/// svnVersion reports it alone; other sources wrap it ("Gaia R81.10", "R80.40 JHF Take 120"), so it is looked for.
/// Trains are written R80.40 or R81 (R80.40 &lt; R81 &lt; R81.10).
/// </summary>
internal sealed partial class GaiaScheme : IVersionScheme
{
    public string Family => "gaia";

    public OsVersion? Parse(string text)
    {
        var match = Release().Match(VersionText.Clean(text));
        if (!match.Success) return null;
        var parts = new PartList().Numbers(match.Groups["numbers"].Value).Tail(match.Groups["tail"].Value);
        return new OsVersion(Family, match.Value.ToUpperInvariant(), parts.ToList());
    }

    [GeneratedRegex(@"(?<![a-z0-9])R(?<numbers>[0-9]+(?:\.[0-9]+)*)(?<tail>[a-z]+[0-9]*)?(?![a-z0-9.])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Release();
}
