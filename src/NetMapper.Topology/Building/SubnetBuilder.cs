using System.Net;
using System.Text.RegularExpressions;

namespace NetMapper.Topology;

/// <summary>Subnets from interface addresses and masks; the VLAN from the SVI that carries the address.</summary>
internal static partial class SubnetBuilder
{
    private const int LoopbackRangeLength = 8;

    public static IReadOnlyList<Subnet> Build(IEnumerable<Device> devices, IReadOnlyList<Host> hosts)
    {
        var members = new Dictionary<IpPrefix, (List<(string Label, SubnetMember Member)> Members, HashSet<int> Vlans)>();
        foreach (var device in devices)
            foreach (var address in device.Addresses.Where(a => IsSubnetAddress(a)))
            {
                var prefix = address.Prefix;
                if (!members.TryGetValue(prefix, out var entry)) members[prefix] = entry = ([], []);
                var port = device.Interface(address.IfIndex);
                string portName = InterfaceNames.Of(port, address.IfIndex);
                entry.Members.Add((device.Label, new SubnetMember(device.Id, portName, address.Address)));
                if (port is not null && VlanOf(port) is { } vlan) entry.Vlans.Add(vlan);
            }
        return members.OrderBy(m => m.Key.Network, IpAddressing.Order).ThenBy(m => m.Key.Length)
            .Select(m => new Subnet(m.Key)
            {
                // Listed by name, as people read them; the id keeps two devices of one name apart in a stable order.
                Members = m.Value.Members.OrderBy(x => x.Label, StringComparer.Ordinal)
                    .ThenBy(x => x.Member.DeviceId, StringComparer.Ordinal).ThenBy(x => x.Member.Interface, StringComparer.Ordinal)
                    .Select(x => x.Member).ToArray(),
                Vlan = m.Value.Vlans.Count == 1 ? m.Value.Vlans.Single() : null,
                HostCount = hosts.Count(h => h.Address is not null && m.Key.Contains(h.Address)),
            }).ToArray();
    }

    /// <summary>Addresses that name a shared segment: not loopback, link-local or host routes (/32, /128). A loopback
    /// address is the host's own (127.0.0.1/8, ::1) only with the whole loopback range: a longer prefix inside 127/8
    /// (127.20.99.0/24, a lab that serves a management network on loopback) is a segment like any other.</summary>
    public static bool IsSubnetAddress(InterfaceAddress address)
    {
        var ip = address.Address;
        if (IPAddress.IsLoopback(ip) && address.PrefixLength <= LoopbackRangeLength || ip.IsIPv6LinkLocal) return false;
        if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && ip.GetAddressBytes() is [169, 254, ..]) return false;
        return address.PrefixLength is > 0 && address.PrefixLength < IpAddressing.MaxPrefixLength(ip);
    }

    /// <summary>The VLAN an interface is the SVI of ("Vlan110", "vlan.110", "irb.110", "Vlanif110"), or an access port's PVID.</summary>
    public static int? VlanOf(DeviceInterface port)
    {
        foreach (var name in new[] { port.Name, port.Description })
            if (SviName().Match(name) is { Success: true } m && int.TryParse(m.Groups[1].Value, out int vlan) && vlan is > 0 and < 4095)
                return vlan;
        return port.Type is 6 or 117 && port.Pvid is { } pvid ? pvid : null;
    }

    [GeneratedRegex(@"^(?:vlan|vlanif|irb\.|vlan\.|vlan-interface|bvi)\s*(\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SviName();
}
