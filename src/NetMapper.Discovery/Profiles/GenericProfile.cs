using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>Anything no vendor profile claims: ENTITY-MIB's chassis, and a role from sysServices.</summary>
public sealed class GenericProfile : VendorProfile
{
    public override string Name => "generic";
    public override string Vendor => "";
    public override string OsName => "";
    public override DeviceRole DefaultRole => DeviceRole.Unknown;
    public override IReadOnlyList<string> ObjectIdPrefixes => [""];

    /// <summary>sysServices: 0x02 datalink (bridge), 0x04 internet (router), 0x40 applications (host).</summary>
    protected override DeviceRole Role(IdentityFacts facts) => facts.System.Services switch
    {
        var s when (s & 0x04) != 0 && (s & 0x02) != 0 => DeviceRole.L3Switch,
        var s when (s & 0x04) != 0 => DeviceRole.Router,
        var s when (s & 0x02) != 0 => DeviceRole.Switch,
        var s when (s & 0x40) != 0 => DeviceRole.Server,
        _ => DeviceRole.Unknown,
    };
}
