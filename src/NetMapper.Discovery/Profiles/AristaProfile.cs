using System.Text.RegularExpressions;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>"Arista Networks EOS version 4.15.3F running on an Arista Networks DCS-7050TX-128".</summary>
public sealed class AristaProfile : VendorProfile
{
    private static readonly Regex VersionRule = Rx(@"EOS version (?<v>\S+)");
    private static readonly Regex ModelRule = Rx(@"running on an Arista Networks (?<v>\S+)");

    public override string Name => "arista-eos";
    public override string Vendor => "Arista";
    public override string OsName => "EOS";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.30065"];
    protected override string Version(IdentityFacts facts) => FirstNonEmpty(facts.Match(VersionRule), base.Version(facts));
    // sysDescr names the model the running EOS reports; ENTITY can name another SKU of the family.
    protected override string Model(IdentityFacts facts) => FirstNonEmpty(facts.Match(ModelRule), base.Model(facts));
}
