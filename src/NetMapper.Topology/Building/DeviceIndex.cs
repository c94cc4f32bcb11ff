namespace NetMapper.Topology;

/// <summary>Finds the device a neighbour observation speaks of: by chassis ID, by a MAC of its interfaces, by
/// management address, and for CDP (whose device ID is the neighbour's host name) by name.</summary>
internal sealed class DeviceIndex
{
    private readonly Dictionary<string, Device> _byChassis = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<MacAddress, Device> _byMac = [];
    private readonly Dictionary<string, Device> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Device> _byName = new(StringComparer.OrdinalIgnoreCase);

    public DeviceIndex(IEnumerable<Device> devices)
    {
        foreach (var device in devices)
        {
            if (device.ChassisId.Length > 0) _byChassis.TryAdd(device.ChassisId, device);
            foreach (var mac in HardwareKeys.InterfaceMacs(device.Interfaces)) _byMac.TryAdd(mac, device);
            var addresses = device.ManagementAddresses.Concat(device.Addresses.Select(a => a.Address.ToString()));
            foreach (var address in addresses) _byAddress.TryAdd(address, device);
            if (device.Name.Length > 0)
            {
                _byName.TryAdd(device.Name, device);
                _byName.TryAdd(device.Name.Split('.')[0], device);
            }
        }
    }

    public Device? Find(NeighborObservation o)
    {
        if (o.RemoteChassisId.Length > 0 && _byChassis.TryGetValue(o.RemoteChassisId, out var byChassis)) return byChassis;
        if (MacAddress.TryParse(o.RemoteChassisId, out var mac) && !mac.IsZero && _byMac.TryGetValue(mac, out var byMac)) return byMac;
        foreach (var address in o.RemoteManagementAddresses)
            if (_byAddress.TryGetValue(address, out var byAddress)) return byAddress;
        if (o.Protocol == NeighborProtocol.Cdp && o.RemoteChassisId.Length > 0
            && (_byName.TryGetValue(o.RemoteChassisId, out var byName) || _byName.TryGetValue(o.RemoteChassisId.Split('.')[0], out byName)))
            return byName;
        return null;
    }

    /// <summary>The port of <paramref name="device"/> the observation names, if it can be told.</summary>
    public static DeviceInterface? Port(Device device, NeighborObservation o)
    {
        if (o.RemotePortIdSubtype == 3 && MacAddress.TryParse(o.RemotePortId, out var mac))
        {
            var byMac = device.Interfaces.Where(i => i.Mac == mac).ToList();
            if (byMac.Count == 1) return byMac[0];
        }
        return ByName(device, o.RemotePortId) ?? ByName(device, o.RemotePortDescription)
            ?? (o.RemotePortIdSubtype == 7 && int.TryParse(o.RemotePortId, out int ifIndex) ? device.Interface(ifIndex) : null);
    }

    private static DeviceInterface? ByName(Device device, string name) =>
        name.Length == 0 ? null
        : device.Interfaces.FirstOrDefault(i => InterfaceNames.Equivalent(i.Name, name))
          ?? device.Interfaces.FirstOrDefault(i => InterfaceNames.Equivalent(i.Description, name))
          ?? device.Interfaces.FirstOrDefault(i => string.Equals(i.Alias, name, StringComparison.OrdinalIgnoreCase));
}
