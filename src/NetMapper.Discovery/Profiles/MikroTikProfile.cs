using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>MikroTik RouterOS: sysDescr is just the board name ("router"); mtxrLicVersion and mtxrSerialNumber tell the rest.</summary>
public sealed class MikroTikProfile : VendorProfile
{
    private static readonly Oid LicenseVersion = O("1.3.6.1.4.1.14988.1.1.4.4.0");
    private static readonly Oid SerialNumber = O("1.3.6.1.4.1.14988.1.1.7.3.0");
    private static readonly Oid BoardName = O("1.3.6.1.4.1.14988.1.1.7.8.0");

    public override string Name => "mikrotik-routeros";
    public override string Vendor => "MikroTik";
    public override string OsName => "RouterOS";
    public override DeviceRole DefaultRole => DeviceRole.Router;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.14988"];
    public override IReadOnlyList<Oid> Scalars => [LicenseVersion, SerialNumber, BoardName];

    protected override string Version(IdentityFacts facts)
    {
        var licensed = facts.Scalar(LicenseVersion);
        var fromChassis = Rx(@"RouterOS (?<v>\S+)").Match(facts.Chassis?.Description ?? "").Groups["v"].Value;
        return FirstNonEmpty(licensed, fromChassis);
    }

    protected override string Serial(IdentityFacts facts) => facts.Scalar(SerialNumber);

    /// <summary>mtxrBoardName, else the board ENTITY names in its description ("RouterOS 6.40.5 (stable) on RB952Ui-5ac2nD").</summary>
    protected override string Model(IdentityFacts facts) =>
        FirstNonEmpty(facts.Scalar(BoardName), Rx(@" on (?<v>\S+)\s*$").Match(facts.Chassis?.Description ?? "").Groups["v"].Value);
}
