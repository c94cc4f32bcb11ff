using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>F5 BIG-IP (LTM, ASM/WAF, AFM DDoS): "BIG-IP i4800 : Linux 3.10.0-... : BIG-IP software release 15.1.10, build 0.0.4";
/// F5-BIGIP-SYSTEM-MIB sysProductVersion, sysGeneralChassisSerialNum, sysPlatformInfoMarketingName.</summary>
public sealed class F5Profile : VendorProfile
{
    private static readonly Oid ProductVersion = O("1.3.6.1.4.1.3375.2.1.4.2.0");
    private static readonly Oid ChassisSerial = O("1.3.6.1.4.1.3375.2.1.3.3.3.0");
    private static readonly Oid MarketingName = O("1.3.6.1.4.1.3375.2.1.3.5.2.0");

    public override string Name => "f5-bigip";
    public override string Vendor => "F5";
    public override string OsName => "TMOS";
    public override DeviceRole DefaultRole => DeviceRole.LoadBalancer;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.3375"];
    public override IReadOnlyList<Oid> Scalars => [ProductVersion, ChassisSerial, MarketingName];
    protected override string Version(IdentityFacts facts) =>
        FirstNonEmpty(facts.Scalar(ProductVersion), facts.Match(Rx(@"software release (?<v>[\d.]+)")), base.Version(facts));
    protected override string Model(IdentityFacts facts) =>
        FirstNonEmpty(facts.Scalar(MarketingName), facts.Match(Rx(@"^(?<v>BIG-IP [^:]+?) :")), base.Model(facts));
    protected override string Serial(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(ChassisSerial), base.Serial(facts));
}
