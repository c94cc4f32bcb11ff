namespace NetMapper.Topology;

/// <summary>The facts that identify a device's hardware: chassis MAC, chassis serials, interface MACs.</summary>
public static class HardwareKeys
{
    private static readonly HashSet<string> PlaceholderSerials = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "<private>", "n/a", "na", "none", "0", "unknown", "not available", "-",
    };

    public static bool IsRealSerial(string serial) => !PlaceholderSerials.Contains(serial.Trim());

    /// <summary>Globally administered unicast MACs of the interfaces: the keys that tie two polls of one device together.</summary>
    public static IEnumerable<MacAddress> InterfaceMacs(IEnumerable<DeviceInterface> interfaces) =>
        interfaces.Where(i => IsGloballyAdministeredUnicast(i.Mac)).Select(i => i.Mac!.Value).Distinct();

    private static bool IsGloballyAdministeredUnicast(MacAddress? mac) =>
        mac is { IsZero: false, IsMulticast: false, IsLocallyAdministered: false };

    /// <summary>Every key that identifies this device's hardware.</summary>
    public static IEnumerable<string> Of(Device device)
    {
        if (MacAddress.TryParse(device.ChassisId, out var chassis) && !chassis.IsZero) yield return $"mac:{chassis}";
        if (IsRealSerial(device.Serial)) yield return $"serial:{device.Vendor}:{device.Serial}";
        var chassisParts = device.Components.Where(c => c.Class is "chassis" or "stack" && IsRealSerial(c.Serial));
        foreach (var component in chassisParts) yield return $"serial:{device.Vendor}:{component.Serial}";
        foreach (var mac in InterfaceMacs(device.Interfaces)) yield return $"mac:{mac}";
    }
}
