using System.Text.RegularExpressions;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>Cisco: one enterprise, four operating systems told apart by sysDescr.</summary>
public abstract class CiscoProfile : VendorProfile
{
    private static readonly Regex VersionRule = Rx(@"Version (?<v>[^,\s]+)");

    public override string Vendor => "Cisco";
    public override IReadOnlyList<string> ObjectIdPrefixes => ["1.3.6.1.4.1.9"];
    public override bool HasPerVlanBridgeTables => true;
    protected override string Version(IdentityFacts facts) => FirstNonEmpty(facts.Match(VersionRule), base.Version(facts));

    /// <summary>Routers by model family: ISR, ASR, Catalyst 8000 edge, CSR/C8000V.</summary>
    protected static bool IsRouterModel(string model)
    {
        bool routerFamily = Rx(@"^(ISR|ASR|C8[0-9]{3}|CSR|C11[0-9]{2}|CISCO[0-9]{4}|C[0-9]{4}-)").IsMatch(model);
        return routerFamily && !model.StartsWith("C9", StringComparison.Ordinal);
    }
}

/// <summary>"Cisco Adaptive Security Appliance Version 9.12(2)".</summary>
public sealed class CiscoAsaProfile : CiscoProfile
{
    public override string Name => "cisco-asa";
    public override string OsName => "ASA";
    public override DeviceRole DefaultRole => DeviceRole.Firewall;
    public override Regex? DescrRule => Rx("Adaptive Security Appliance|Firepower Threat Defense");
    public override bool HasPerVlanBridgeTables => false;
    // ENTITY's software revision first: it is what the chassis runs (sysDescr can lag behind after an upgrade).
    protected override string Version(IdentityFacts facts)
    {
        var chassisSoftware = facts.Chassis?.SoftwareRevision ?? "";
        return FirstNonEmpty(chassisSoftware, facts.Match(Rx(@"Version (?<v>\S+)")));
    }
}

/// <summary>"Cisco NX-OS(tm) nxos.7.0.3.I7.8.bin, Software (nxos), Version 7.0(3)I7(8), ...".</summary>
public sealed class CiscoNxosProfile : CiscoProfile
{
    public override string Name => "cisco-nxos";
    public override string OsName => "NX-OS";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override Regex? DescrRule => Rx("NX-OS");
}

/// <summary>"Cisco IOS Software [Dublin], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.12.4, ...".</summary>
public sealed class CiscoIosXeProfile : CiscoProfile
{
    public override string Name => "cisco-iosxe";
    public override string OsName => "IOS-XE";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override Regex? DescrRule =>
        Rx(@"IOS-XE|IOSXE|IOS XE|X86_64_LINUX_IOSD|\[(Everest|Fuji|Gibraltar|Amsterdam|Bengaluru|Cupertino|Dublin|Denali|17)");
    protected override DeviceRole Role(IdentityFacts facts)
    {
        bool wirelessController = Model(facts).StartsWith("C9800", StringComparison.Ordinal)
            || facts.System.Descr.Contains("C9800", StringComparison.Ordinal);
        if (wirelessController) return DeviceRole.WirelessController;
        return IsRouterModel(Model(facts)) ? DeviceRole.Router : DefaultRole;
    }
}

/// <summary>"Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.0(2a)EX5, ..." and old "IOS (tm)".</summary>
public sealed class CiscoIosProfile : CiscoProfile
{
    public override string Name => "cisco-ios";
    public override string OsName => "IOS";
    public override DeviceRole DefaultRole => DeviceRole.Switch;
    public override Regex? DescrRule => Rx(@"Cisco IOS Software|IOS \(tm\)|Cisco Internetwork Operating System");
    protected override DeviceRole Role(IdentityFacts facts) => IsRouterModel(Model(facts)) ? DeviceRole.Router : DefaultRole;
}
