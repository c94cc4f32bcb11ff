using System.Text.RegularExpressions;

namespace NetMapper.Lifecycle.Versions;

/// <summary>What devices of some families write before the version itself.</summary>
internal static partial class LeadingNoise
{
    /// <summary>ENTITY-MIB on FortiGates: "FortiGate-60F v7.2.10,build1706,240918 (GA.M)".</summary>
    [GeneratedRegex(@"^Forti\S*\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FortinetModel();

    /// <summary>ENTITY-MIB on IOS XE 16: "Everest 16.6.7" (the release's code name).</summary>
    [GeneratedRegex(@"^[a-z]+\s+(?=[0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CodeName();

    /// <summary>"BIG-IP 15.1.10" where the product name comes with the version.</summary>
    [GeneratedRegex(@"^BIG-?IP\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BigIp();

    /// <summary>"RouterOS 6.48.6" as the board's ENTITY description has it.</summary>
    [GeneratedRegex(@"^RouterOS\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RouterOs();
}
