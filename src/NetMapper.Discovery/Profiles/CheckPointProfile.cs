using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>Check Point Gaia: sysDescr is the Linux kernel's; svnApplianceProductName and svnVersion tell the product.</summary>
public sealed class CheckPointProfile : VendorProfile
{
    private static readonly Oid SvnVersion = O("1.3.6.1.4.1.2620.1.6.4.1.0");
    private static readonly Oid ApplianceProductName = O("1.3.6.1.4.1.2620.1.6.16.7.0");
    private static readonly Oid ApplianceSerial = O("1.3.6.1.4.1.2620.1.6.16.3.0");

    public override string Name => "checkpoint-gaia";
    public override string Vendor => "Check Point";
    public override string OsName => "Gaia";
    public override DeviceRole DefaultRole => DeviceRole.Firewall;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.2620"];
    public override IReadOnlyList<Oid> Scalars => [SvnVersion, ApplianceProductName, ApplianceSerial];
    protected override string Version(IdentityFacts facts) => facts.Scalar(SvnVersion);
    protected override string Model(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(ApplianceProductName), base.Model(facts));
    protected override string Serial(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(ApplianceSerial), base.Serial(facts));
}
