using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// Versions written as dotted numbers with an optional tail: IOS-XE 17.3.8a, PAN-OS 10.2.9-h1, RouterOS 7.1rc1, TMOS
/// 17.1.0.3, FortiOS v7.2.10. One class for all of them: these families differ only in the noise before the numbers
/// and in whether the tail orders releases.
/// </summary>
/// <param name="family">The family key.</param>
/// <param name="leadingNoise">What some devices put before the numbers ("FortiGate-60F ", "Everest "), removed first.</param>
/// <param name="tailOrders">
/// False where the tail is a label rather than a later build: EOS 4.28.3M is a maintenance release, not 4.28.3 plus
/// something, and 4.21.1.1F must stay after 4.21.1F.
/// </param>
internal sealed partial class DottedScheme(string family, Regex? leadingNoise = null, bool tailOrders = true) : IVersionScheme
{
    public string Family => family;

    public OsVersion? Parse(string text)
    {
        string cleaned = VersionText.Clean(text);
        if (leadingNoise is not null) cleaned = leadingNoise.Replace(cleaned, "", 1);
        var match = Shape().Match(VersionText.Lead(cleaned));
        if (!match.Success) return null;

        var parts = new PartList().Numbers(match.Groups["numbers"].Value);
        if (tailOrders) parts.Tail(match.Groups["tail"].Value);
        // The "v" of FortiOS and others is not part of the version: catalogs write 7.2.10.
        string normalised = match.Value[match.Groups["v"].Length..];
        return new OsVersion(family, normalised, parts.ToList());
    }

    // The tail starts with a letter (17.3.8a, 7.1rc1), or with a separator (10.2.9-h1, 13.1-62.23).
    [GeneratedRegex(@"^(?<v>v?)(?<numbers>[0-9]+(?:\.[0-9]+)*)(?<tail>(?:[-_.]?[a-z]|[-_])[-_.a-z0-9]*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
