using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// HPE Aruba switches: platform letters, then dotted numbers. AOS-CX ML.10.07.0005, FL.10.06.0110; ArubaOS-Switch
/// (ProCurve) KB.16.11.0020, WC.16.10.0009, K.15.18.0013. The letters name the hardware a build is for, not the
/// release, so they are dropped: the same release on two platforms is one version, and a train 10.07 or 10.7 takes
/// every platform's build of it.
/// </summary>
internal sealed partial class PlatformCodedScheme(string family) : IVersionScheme
{
    public string Family => family;

    public OsVersion? Parse(string text)
    {
        var match = Shape().Match(VersionText.Lead(VersionText.Clean(text)));
        if (!match.Success) return null;
        string numbers = match.Groups["numbers"].Value;
        // A stack's member placeholder reports KA.00.00.0000: no release at all.
        if (numbers.All(c => c is '0' or '.')) return null;
        return new OsVersion(family, numbers, new PartList().Numbers(numbers).ToList());
    }

    [GeneratedRegex(@"^(?:(?<platform>[a-z]{1,2})\.)?(?<numbers>[0-9]+(?:\.[0-9]+)*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
