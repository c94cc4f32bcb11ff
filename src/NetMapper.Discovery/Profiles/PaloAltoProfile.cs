using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>PAN-OS: "Palo Alto Networks PA-3000 series firewall"; panSysSwVersion, panChassisType, panSysSerialNumber.</summary>
public sealed class PaloAltoProfile : VendorProfile
{
    private static readonly Oid SwVersion = O("1.3.6.1.4.1.25461.2.1.2.1.1.0");
    private static readonly Oid SerialNumber = O("1.3.6.1.4.1.25461.2.1.2.1.3.0");
    private static readonly Oid ChassisType = O("1.3.6.1.4.1.25461.2.1.2.2.1.0");

    public override string Name => "paloalto-panos";
    public override string Vendor => "Palo Alto Networks";
    public override string OsName => "PAN-OS";
    public override DeviceRole DefaultRole => DeviceRole.Firewall;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.25461"];
    public override IReadOnlyList<Oid> Scalars => [SwVersion, SerialNumber, ChassisType];
    protected override string Version(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(SwVersion), base.Version(facts));
    protected override string Model(IdentityFacts facts) => FirstNonEmpty(base.Model(facts), facts.Scalar(ChassisType));
    protected override string Serial(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(SerialNumber), base.Serial(facts));
}
