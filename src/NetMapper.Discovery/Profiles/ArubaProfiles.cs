using System.Text.RegularExpressions;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>Aruba Instant APs: "ArubaOS (MODEL: 225), Version 8.4.0.0-8.4.0.0"; serial from the AP table.</summary>
public sealed class ArubaInstantProfile : VendorProfile
{
    private static readonly Oid ApSerial = O("1.3.6.1.4.1.14823.2.3.3.1.2.1.1.4");

    public override string Name => "aruba-instant";
    public override string Vendor => "HPE Aruba";
    public override string OsName => "ArubaOS";
    public override DeviceRole DefaultRole => DeviceRole.AccessPoint;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.14823"];
    public override Regex? DescrRule => Rx(@"ArubaOS \(MODEL");
    public override IReadOnlyList<Oid> Columns => [ApSerial];
    protected override string Version(IdentityFacts facts) => facts.Match(Rx(@"Version (?<v>\S+)"));
    protected override string Model(IdentityFacts facts) => facts.Match(Rx(@"MODEL: (?<v>[^)]+)\)"));
    protected override string Serial(IdentityFacts facts) => facts.FirstUnder(ApSerial);
}

/// <summary>AOS-CX switches: "Aruba JL727A 6200F 48G CL4 4SFP+370W Swch ML.10.07.0005".</summary>
public sealed class ArubaCxProfile : VendorProfile
{
    public override string Name => "aruba-cx";
    public override string Vendor => "HPE Aruba";
    public override string OsName => "AOS-CX";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.47196"];
    protected override string Version(IdentityFacts facts) =>
        FirstNonEmpty(base.Version(facts), facts.Match(Rx(@"(?<v>[A-Z]{2}\.\d+\.\d+\.\d+)\s*$")));
    protected override string Model(IdentityFacts facts) =>
        FirstNonEmpty(base.Model(facts), facts.Match(Rx(@"^Aruba (?<v>J[A-Z]\d{3}[A-Z])")));
}

/// <summary>
/// ProCurve / ArubaOS-Switch: "HP Stack, revision KA.00.00.0000" or "HP J9729A 2920-48G-POE+ Switch, revision WB.16.10.0012, ...".
/// </summary>
public sealed class ArubaOsSwitchProfile : VendorProfile
{
    public override string Name => "arubaos-switch";
    public override string Vendor => "HPE Aruba";
    public override string OsName => "ArubaOS-Switch";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.11.2.3.7"];
    protected override string Version(IdentityFacts facts) =>
        FirstNonEmpty(base.Version(facts), facts.Match(Rx(@"revision (?<v>[A-Z]{1,2}\.[\d.]+)")));
    protected override string Model(IdentityFacts facts) =>
        FirstNonEmpty(base.Model(facts), facts.Match(Rx(@"^(HP|Aruba) (?<v>J\d{4}[A-Z])")));
}
