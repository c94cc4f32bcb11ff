using System.Text.RegularExpressions;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>Servers running net-snmp: "Linux web01 5.14.0-427.13.1.el9_4.x86_64 #1 SMP ... x86_64".</summary>
public sealed class NetSnmpProfile : VendorProfile
{
    private static readonly Dictionary<string, string> Architectures = new(StringComparer.Ordinal)
    {
        ["x86_64"] = "Generic x86 64-bit", ["i686"] = "Generic x86", ["i386"] = "Generic x86",
        ["aarch64"] = "Generic ARM 64-bit", ["armv7l"] = "Generic ARMv7",
    };

    public override string Name => "net-snmp";
    public override string Vendor => "net-snmp";
    public override string OsName => "Linux";
    public override DeviceRole DefaultRole => DeviceRole.Server;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.8072"];
    public override Regex? DescrRule => Rx("^Linux ");
    protected override string Version(IdentityFacts facts) => facts.Match(Rx(@"^Linux \S+ (?<v>\S+)"));
    protected override string Model(IdentityFacts facts) => Architectures.GetValueOrDefault(facts.Match(Rx(@"(?<v>\S+)\s*$")), "");
}
