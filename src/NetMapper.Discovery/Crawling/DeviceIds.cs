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
    private static readonly HashSet<string> PlaceholderSerials = new(StringComparer.OrdinalIgnoreCase) { "", "<private>", "n/a", "na", "none", "0", "unknown", "not available", "-" };

    public static string For(DeviceBuilder device)
    {
        if (MacAddress.TryParse(device.ChassisId, out var chassisMac) && !chassisMac.IsZero) return $"mac:{chassisMac}";
        var serial = device.Identity?.Serial ?? "";
        if (IsRealSerial(serial)) return $"serial:{device.Identity!.Vendor}:{serial}";
        var mac = InterfaceMacs(device.Interfaces.Values).Order().Cast<MacAddress?>().FirstOrDefault();
        if (mac is not null) return $"mac:{mac}";
        return ForUnreachable(IPAddress.Parse(device.Address));
    }

    public static string ForUnreachable(IPAddress address) => $"ip:{address}";

    public static bool IsRealSerial(string serial) => !PlaceholderSerials.Contains(serial.Trim());

    /// <summary>Globally administered unicast MACs of physical-looking interfaces: the keys that tie two polls of one device together.</summary>
    public static IEnumerable<MacAddress> InterfaceMacs(IEnumerable<DeviceInterface> interfaces) =>
        interfaces.Where(i => i.Mac is { IsZero: false, IsMulticast: false, IsLocallyAdministered: false }).Select(i => i.Mac!.Value).Distinct();

    /// <summary>Every key that identifies this device's hardware.</summary>
    public static IEnumerable<string> Keys(Device device)
    {
        if (MacAddress.TryParse(device.ChassisId, out var chassis) && !chassis.IsZero) yield return $"mac:{chassis}";
        if (IsRealSerial(device.Serial)) yield return $"serial:{device.Vendor}:{device.Serial}";
        foreach (var component in device.Components.Where(c => c.Class is "chassis" or "stack" && IsRealSerial(c.Serial))) yield return $"serial:{device.Vendor}:{component.Serial}";
        foreach (var mac in InterfaceMacs(device.Interfaces)) yield return $"mac:{mac}";
    }
}
