using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>FortiGate: model and serial from ENTITY, version from fgSysVersion ("v7.2.10,build1706,240918 (GA.M)").</summary>
public sealed class FortinetProfile : VendorProfile
{
    private static readonly Oid SysVersion = O("1.3.6.1.4.1.12356.101.4.1.1.0");

    public override string Name => "fortinet-fortigate";
    public override string Vendor => "Fortinet";
    public override string OsName => "FortiOS";
    public override DeviceRole DefaultRole => DeviceRole.Firewall;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.12356.101"];
    public override IReadOnlyList<Oid> Scalars => [SysVersion];
    protected override string Version(IdentityFacts facts) =>
        FirstNonEmpty(facts.Scalar(SysVersion), facts.Match(Rx(@"\b(?<v>v\d+\.\d+\.\d+,build\d+[^ ]*( \([^)]*\))?)")));
    protected override string Model(IdentityFacts facts) => FirstNonEmpty(base.Model(facts), facts.Match(Rx(@"^(?<v>Forti\w+-\w+)")));
}
