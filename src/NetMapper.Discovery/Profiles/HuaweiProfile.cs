using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>
/// Huawei VRP: "S5720-56C-PWR-EI-AC\nHuawei Versatile Routing Platform Software\n VRP (R) software,Version 5.170
/// (S5720 V200R010C00SPC600) ...".
/// </summary>
public sealed class HuaweiProfile : VendorProfile
{
    private static readonly Oid SystemSerial = O("1.3.6.1.4.1.2011.5.25.188.1.1.0");

    public override string Name => "huawei-vrp";
    public override string Vendor => "Huawei";
    public override string OsName => "VRP";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.2011"];
    public override IReadOnlyList<Oid> Scalars => [SystemSerial];

    protected override string Version(IdentityFacts facts)
    {
        var m = Rx(@"Version (?<v>[\d.]+) \((\S+ )?(?<r>V\d+R\d+\w*)\)").Match(facts.System.Descr);
        return m.Success ? $"{m.Groups["v"].Value} ({m.Groups["r"].Value})" : base.Version(facts);
    }

    protected override string Model(IdentityFacts facts) =>
        FirstNonEmpty(base.Model(facts), facts.Match(Rx(@"^(?<v>[A-Z]+\d[\w\-]+)\s*[\r\n]")));
    protected override string Serial(IdentityFacts facts) => FirstNonEmpty(facts.Scalar(SystemSerial), base.Serial(facts));

    protected override DeviceRole Role(IdentityFacts facts) => Model(facts) switch
    {
        var m when HasPrefix(m, "AR") || HasPrefix(m, "NE") => DeviceRole.Router,
        var m when HasPrefix(m, "USG") || HasPrefix(m, "Eudemon") => DeviceRole.Firewall,
        _ => DefaultRole,
    };

    private static bool HasPrefix(string model, string prefix) => model.StartsWith(prefix, StringComparison.Ordinal);
}
