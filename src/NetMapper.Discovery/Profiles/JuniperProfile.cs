using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>
/// Junos: "Juniper Networks, Inc. qfx5100-48s-6q Ethernet Switch, kernel JUNOS 14.1X53-D40.8, ..."; jnxBoxDescr, jnxBoxSerialNo.
/// </summary>
public sealed class JuniperProfile : VendorProfile
{
    private static readonly Oid BoxDescr = O("1.3.6.1.4.1.2636.3.1.2.0");
    private static readonly Oid BoxSerial = O("1.3.6.1.4.1.2636.3.1.3.0");

    public override string Name => "juniper-junos";
    public override string Vendor => "Juniper";
    public override string OsName => "Junos";
    public override DeviceRole DefaultRole => DeviceRole.Router;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.2636"];
    public override IReadOnlyList<Oid> Scalars => [BoxDescr, BoxSerial];
    protected override string Version(IdentityFacts facts) => facts.Match(Rx(@"JUNOS (?<v>[\w.\-]+)"));

    /// <summary>The product name without the vendor and the kind ("Juniper QFX5100-48S-6Q Switch" is a QFX5100-48S-6Q).</summary>
    protected override string Model(IdentityFacts facts)
    {
        var box = facts.Scalar(BoxDescr);
        var model = Rx(@"^Juniper (Networks )?(?<v>\S+)").Match(box) is { Success: true } m ? m.Groups["v"].Value : box;
        return FirstNonEmpty(model.ToUpperInvariant(), facts.Match(Rx(@"Inc\. (?<v>\S+)")).ToUpperInvariant());
    }

    protected override string Serial(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(BoxSerial), base.Serial(facts));

    protected override DeviceRole Role(IdentityFacts facts) => Model(facts) switch
    {
        var m when m.StartsWith("SRX", StringComparison.Ordinal) => DeviceRole.Firewall,
        var m when m.StartsWith("EX", StringComparison.Ordinal) || m.StartsWith("QFX", StringComparison.Ordinal) => DeviceRole.Switch,
        _ => DefaultRole,
    };
}
