using NetMapper.Discovery.Collectors;

namespace NetMapper.Discovery.Profiles;

/// <summary>The vendor profiles in the order they are tried; the first that matches sysObjectID and sysDescr wins.</summary>
public static class ProfileRegistry
{
    public static readonly IReadOnlyList<VendorProfile> All =
    [
        new CiscoAsaProfile(), new CiscoNxosProfile(), new CiscoIosXeProfile(), new CiscoIosProfile(),
        new AristaProfile(), new ArubaInstantProfile(), new ArubaCxProfile(), new ArubaOsSwitchProfile(),
        new FortinetProfile(), new PaloAltoProfile(), new JuniperProfile(), new HuaweiProfile(),
        new MikroTikProfile(), new CheckPointProfile(), new F5Profile(), new NetSnmpProfile(),
    ];

    public static readonly VendorProfile Generic = new GenericProfile();

    public static VendorProfile For(SystemInfo system) => All.FirstOrDefault(p => p.Matches(system)) ?? Generic;
}
