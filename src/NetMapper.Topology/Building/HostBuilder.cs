using System.Net;

namespace NetMapper.Topology;

/// <summary>
/// End hosts from device ARP tables, sweep results and forwarding databases. A host is placed on the port where its
/// MAC is learnt that carries the fewest other MACs and no link to another device: the edge port it hangs off.
/// </summary>
internal static class HostBuilder
{
    public static IReadOnlyList<Host> Build(IReadOnlyList<Device> devices, IReadOnlyList<Link> links, IReadOnlyList<ArpEntry> arp,
        IReadOnlyList<FdbEntry> fdb, IReadOnlyList<Host> swept, Func<MacAddress, string> vendorOf)
    {
        var deviceAddresses = devices.SelectMany(AddressesOf).ToHashSet();
        var deviceMacs = devices.SelectMany(d => d.Interfaces.Where(i => i.Mac is not null).Select(i => i.Mac!.Value))
            .Concat(devices.Select(d => MacAddress.TryParse(d.ChassisId, out var m) ? m : default)).ToHashSet();
        var linkedPorts = links.SelectMany(PortsOf).Where(p => p.IfIndex is not null).ToHashSet();
        var macsPerPort = fdb.GroupBy(f => (f.DeviceId, f.IfIndex)).ToDictionary(g => g.Key, g => g.Select(f => f.Mac).Distinct().Count());
        var edgeFdb = fdb.Where(f => f.Status == 3 && !linkedPorts.Contains((f.DeviceId, (int?)f.IfIndex)))
            .GroupBy(f => f.Mac).ToDictionary(g => g.Key, g => OnQuietestPort(g, macsPerPort));

        var hosts = new Dictionary<(IPAddress?, MacAddress?), Host>();
        (IPAddress?, MacAddress?)? KeyWithAddress(IPAddress address) =>
            hosts.Keys.FirstOrDefault(k => address.Equals(k.Item1)) is { Item1: not null } known ? known : null;
        void Add(IPAddress? address, MacAddress? mac, string method, double? rtt = null, string vendor = "")
        {
            if (address is not null && deviceAddresses.Contains(address)) return;
            if (mac is { } m && (deviceMacs.Contains(m) || m.IsMulticast || m.IsZero)) return;
            var key = (address, mac);
            // An ICMP answer has no MAC: it is the same host as the ARP answer for that address (and the other way round).
            if (address is not null && mac is null && KeyWithAddress(address) is { } known) key = known;
            if (address is not null && mac is not null && hosts.Remove((address, null), out var macless))
                hosts[key] = macless with { Mac = mac, Vendor = vendor.Length > 0 ? vendor : vendorOf(mac.Value) };
            if (!hosts.TryGetValue(key, out var host))
            {
                var where = mac is { } found && edgeFdb.TryGetValue(found, out var entry) ? entry : null;
                var device = where is null ? null : devices.FirstOrDefault(d => d.Id == where.DeviceId);
                host = new Host(address, mac)
                {
                    Vendor = vendor.Length > 0 ? vendor : mac is { } v ? vendorOf(v) : "",
                    Device = device?.Id,
                    Port = where is null || device is null ? null : device.PortName(where.IfIndex),
                    Vlan = where is { Vlan: > 0 } ? where.Vlan : null,
                };
            }
            var methods = host.Methods.Append(method).Distinct().Order(StringComparer.Ordinal).ToArray();
            hosts[key] = host with { Methods = methods, RttMs = host.RttMs ?? rtt };
        }

        foreach (var h in swept) foreach (var method in h.Methods) Add(h.Address, h.Mac, method, h.RttMs, h.Vendor);
        foreach (var entry in arp) Add(entry.Address, entry.Mac, "arp-table");
        var withAddress = hosts.Keys.Where(k => k.Item2 is not null).Select(k => k.Item2!.Value).ToHashSet();
        foreach (var mac in edgeFdb.Keys.Where(m => !withAddress.Contains(m))) Add(null, mac, "fdb");

        return hosts.Values.OrderBy(h => h.Address is null).ThenBy(h => h.Address, IpAddressing.Order)
            .ThenBy(h => h.Mac).ToArray();
    }

    private static IEnumerable<IPAddress> AddressesOf(Device device) =>
        device.Addresses.Select(a => a.Address).Concat(device.ManagementAddresses.Select(IPAddress.Parse));

    private static (string Device, int? IfIndex)[] PortsOf(Link link) =>
        [(link.A.Device, link.A.IfIndex), (link.B.Device, link.B.IfIndex)];

    /// <summary>Of the entries that learnt one MAC, the one on the port with the fewest MACs (ties: the first device id).</summary>
    private static FdbEntry OnQuietestPort(IEnumerable<FdbEntry> entries, Dictionary<(string DeviceId, int IfIndex), int> macsPerPort) =>
        entries.OrderBy(f => macsPerPort[(f.DeviceId, f.IfIndex)]).ThenBy(f => f.DeviceId, StringComparer.Ordinal).First();
}
