using System.Net;
using NetMapper.Discovery.Collectors;
using NetMapper.Topology;

namespace NetMapper.Discovery.Crawling;

/// <summary>
/// Device identity from hardware facts, never from one IP address or sysName: the LLDP chassis MAC, else a chassis
/// serial, else the lowest interface MAC. Only a device that told nothing is named by the address it was polled at.
/// </summary>
public static class DeviceIds
{
    public static string For(DeviceBuilder device)
    {
        if (MacAddress.TryParse(device.ChassisId, out var chassisMac) && !chassisMac.IsZero) return $"mac:{chassisMac}";
        var serial = device.Identity?.Serial ?? "";
        if (HardwareKeys.IsRealSerial(serial)) return $"serial:{device.Identity!.Vendor}:{serial}";
        var mac = HardwareKeys.InterfaceMacs(device.Interfaces.Values).Order().Cast<MacAddress?>().FirstOrDefault();
        if (mac is not null) return $"mac:{mac}";
        return ForUnreachable(IPAddress.Parse(device.Address));
    }

    public static string ForUnreachable(IPAddress address) => $"ip:{address}";
}
