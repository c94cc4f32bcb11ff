using System.Globalization;
using System.Net;
using NetMapper.Lab.Spec;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Topology;

namespace NetMapper.Lab.Generation;

/// <summary>
/// One device's recording from the resolved network: MIB-II system and interfaces, IP addresses, ARP and routes,
/// ENTITY chassis, LLDP and CDP neighbours, bridge tables (Q-BRIDGE, or Cisco's VTP with per-VLAN contexts), and the
/// vendor objects its model names.
/// </summary>
internal sealed class DeviceRecording(LabNetwork network, LabDevice device, IReadOnlyList<FdbLearnt> fdb)
{
    private readonly VarbindSet _set = new();

    public RecordedDevice Build()
    {
        SystemGroup();
        Interfaces();
        Addresses();
        if (device.Model.Vendor != "linux") Entity();
        Extra();
        Lldp();
        if (device.Model.Cdp) Cdp();
        Arp();
        Routes();
        var vlans = new Dictionary<string, Recording>(StringComparer.Ordinal);
        if (device.IsSwitch)
        {
            if (device.IsCisco)
            {
                foreach (var (vlan, recording) in CiscoVlans()) vlans[vlan.ToString(CultureInfo.InvariantCulture)] = recording;
            }
            else QBridge();
        }
        return new RecordedDevice(device.Name, _set.ToRecording(device.Name), vlans);
    }

    private string Fill(string template) => Fill(device, template);

    /// <summary>A model's text with the device's OS version, serial and model name filled in.</summary>
    public static string Fill(LabDevice device, string template) => template.Replace("{os}", device.Entry.Os, StringComparison.Ordinal)
        .Replace("{serial}", device.Entry.Serial, StringComparison.Ordinal).Replace("{model}", device.Model.Name, StringComparison.Ordinal);

    private void SystemGroup()
    {
        _set.Text("1.3.6.1.2.1.1.1.0", Fill(device.Model.Descr));
        _set.ObjectId("1.3.6.1.2.1.1.2.0", device.Model.ObjectId);
        _set.Add("1.3.6.1.2.1.1.3.0", new TimeTicksValue(1_061_234_500)); // 122 days
        _set.Text("1.3.6.1.2.1.1.4.0", network.File.Contact);
        _set.Text("1.3.6.1.2.1.1.5.0", device.Name);
        _set.Text("1.3.6.1.2.1.1.6.0", device.Entry.Location.Length > 0 ? device.Entry.Location : network.File.Site);
        _set.Int("1.3.6.1.2.1.1.7.0", device.Model.Kind switch { "switch" => 2, "server" => 72, _ => 6 });
    }

    private void Interfaces()
    {
        _set.Int("1.3.6.1.2.1.2.1.0", device.Ports.Count);
        foreach (var port in device.Ports)
        {
            string i = port.IfIndex.ToString(CultureInfo.InvariantCulture);
            _set.Int($"1.3.6.1.2.1.2.2.1.1.{i}", port.IfIndex);
            _set.Text($"1.3.6.1.2.1.2.2.1.2.{i}", port.Name);
            _set.Int($"1.3.6.1.2.1.2.2.1.3.{i}", port.Type);
            _set.Int($"1.3.6.1.2.1.2.2.1.4.{i}", 1500);
            int speed = Speed(port);
            _set.Gauge($"1.3.6.1.2.1.2.2.1.5.{i}", (uint)Math.Min(speed * 1_000_000L, uint.MaxValue));
            _set.Bytes($"1.3.6.1.2.1.2.2.1.6.{i}", port.Type == IfType.Loopback ? [] : port.Mac);
            _set.Int($"1.3.6.1.2.1.2.2.1.7.{i}", 1);
            _set.Int($"1.3.6.1.2.1.2.2.1.8.{i}", 1);
            _set.Text($"1.3.6.1.2.1.31.1.1.1.1.{i}", port.Name);
            _set.Gauge($"1.3.6.1.2.1.31.1.1.1.15.{i}", (uint)speed);
            _set.Text($"1.3.6.1.2.1.31.1.1.1.18.{i}", port.Alias);
            if (port.Aggregate is { } aggregate) _set.Int($"1.2.840.10006.300.43.1.2.1.1.13.{i}", aggregate.IfIndex);
        }
    }

    /// <summary>A LAG is as fast as its members together; an SVI or loopback reports the usual nominal gigabit.</summary>
    private int Speed(LabPort port) => port.Type == IfType.Lag
        ? device.Ports.Where(p => p.Aggregate == port).Sum(p => p.SpeedMbps)
        : port.SpeedMbps;

    private void Addresses()
    {
        foreach (var port in device.Ports)
            foreach (var (address, length) in port.Addresses)
            {
                _set.Ip($"1.3.6.1.2.1.4.20.1.1.{address}", address);
                _set.Int($"1.3.6.1.2.1.4.20.1.2.{address}", port.IfIndex);
                _set.Ip($"1.3.6.1.2.1.4.20.1.3.{address}", Mask(length));
            }
    }

    private void Entity()
    {
        const string row = "1.3.6.1.2.1.47.1.1.1.1";
        _set.Text($"{row}.2.1", device.Model.Chassis.Length > 0 ? Fill(device.Model.Chassis) : device.Model.Name);
        _set.Int($"{row}.4.1", 0);
        _set.Int($"{row}.5.1", 3); // chassis
        _set.Text($"{row}.7.1", "Chassis");
        _set.Text($"{row}.8.1", "V01");
        _set.Text($"{row}.9.1", "");
        _set.Text($"{row}.10.1", device.Entry.Os);
        _set.Text($"{row}.11.1", device.Entry.Serial);
        _set.Text($"{row}.13.1", device.Model.Name);
    }

    private void Extra()
    {
        foreach (var (oid, value) in device.Model.Extra) _set.Text(oid, Fill(value));
    }

    private void Lldp()
    {
        if (!device.Model.Lldp) return;
        _set.Int("1.0.8802.1.1.2.1.3.1.0", 4); // chassis ID is a MAC
        _set.Bytes("1.0.8802.1.1.2.1.3.2.0", device.BaseMac);
        _set.Text("1.0.8802.1.1.2.1.3.3.0", device.Name);
        _set.Text("1.0.8802.1.1.2.1.3.4.0", Fill(device.Model.Descr));
        foreach (var port in device.Physical)
        {
            _set.Int($"1.0.8802.1.1.2.1.3.7.1.2.{port.IfIndex}", 5); // interfaceName
            _set.Text($"1.0.8802.1.1.2.1.3.7.1.3.{port.IfIndex}", port.Name);
            _set.Text($"1.0.8802.1.1.2.1.3.7.1.4.{port.IfIndex}", port.Name);
        }
        int remIndex = 0;
        foreach (var port in device.Physical)
        {
            if (Neighbor.From(port.Peer) is not { Lldp: true } neighbor) continue;
            string row = $"0.{port.IfIndex}.{++remIndex}";
            _set.Int($"1.0.8802.1.1.2.1.4.1.1.4.{row}", 4);
            _set.Bytes($"1.0.8802.1.1.2.1.4.1.1.5.{row}", neighbor.ChassisMac);
            _set.Int($"1.0.8802.1.1.2.1.4.1.1.6.{row}", neighbor.PortIsMac ? 3 : 5);
            if (neighbor.PortIsMac) _set.Bytes($"1.0.8802.1.1.2.1.4.1.1.7.{row}", neighbor.ChassisMac);
            else _set.Text($"1.0.8802.1.1.2.1.4.1.1.7.{row}", neighbor.Port);
            _set.Text($"1.0.8802.1.1.2.1.4.1.1.8.{row}", neighbor.Port);
            _set.Text($"1.0.8802.1.1.2.1.4.1.1.9.{row}", neighbor.Name);
            _set.Text($"1.0.8802.1.1.2.1.4.1.1.10.{row}", neighbor.Descr);
            _set.Bytes($"1.0.8802.1.1.2.1.4.1.1.11.{row}", [neighbor.LldpCapabilities, 0]);
            _set.Bytes($"1.0.8802.1.1.2.1.4.1.1.12.{row}", [neighbor.LldpCapabilities, 0]);
            if (neighbor.Address is { } address)
                _set.Int($"1.0.8802.1.1.2.1.4.2.1.3.{row}.1.4.{address}", 2); // ifIndex subtype
        }
    }

    private void Cdp()
    {
        const string entry = "1.3.6.1.4.1.9.9.23.1.2.1.1";
        int index = 0;
        foreach (var port in device.Physical)
        {
            if (Neighbor.From(port.Peer) is not { Cdp: true } neighbor) continue;
            string row = $"{port.IfIndex}.{++index}";
            _set.Int($"{entry}.3.{row}", 1);
            _set.Bytes($"{entry}.4.{row}", neighbor.Address?.GetAddressBytes() ?? [0, 0, 0, 0]);
            _set.Text($"{entry}.5.{row}", neighbor.Descr);
            _set.Text($"{entry}.6.{row}", neighbor.Name);
            _set.Text($"{entry}.7.{row}", neighbor.Port);
            _set.Text($"{entry}.8.{row}", neighbor.Platform);
            uint caps = neighbor.CdpCapabilities;
            _set.Bytes($"{entry}.9.{row}", [(byte)(caps >> 24), (byte)(caps >> 16), (byte)(caps >> 8), (byte)caps]);
        }
        if (index > 0) _set.Text("1.3.6.1.4.1.9.9.23.1.3.4.0", device.Name);
    }

    /// <summary>Routing devices know every neighbour on their subnets; the rest only their gateways.</summary>
    private void Arp()
    {
        bool routes = device.Model.Kind is "router" or "firewall" or "l3switch" or "wlc" or "loadbalancer";
        var gateways = device.Routes.Select(r => r.NextHop).OfType<IPAddress>().ToHashSet();
        foreach (var port in device.Ports)
            foreach (var (address, length) in port.Addresses)
                foreach (var (ip, mac) in StationsOn(address, length))
                    if (routes || gateways.Contains(ip))
                        _set.Bytes($"1.3.6.1.2.1.4.22.1.2.{port.IfIndex}.{ip}", mac);
    }

    /// <summary>The other stations in the subnet of one of the device's addresses.</summary>
    private IEnumerable<(IPAddress Ip, byte[] Mac)> StationsOn(IPAddress address, int length) =>
        Stations().Where(s => !s.Ip.Equals(address) && NetworkLoader.Prefix((address, length)).Contains(s.Ip));

    private IEnumerable<(IPAddress Ip, byte[] Mac)> Stations()
    {
        var hosts = network.Hosts.Select(h => (h.Address, h.Mac));
        var otherDevicePorts = network.Devices.Where(d => d != device).SelectMany(d => d.Ports);
        return hosts.Concat(otherDevicePorts.SelectMany(p => p.Addresses.Select(a => (a.Address, p.Mac))));
    }

    private void Routes()
    {
        const string entry = "1.3.6.1.2.1.4.24.4.1";
        var connected = device.Ports.SelectMany(p => p.Addresses.Select(a => ConnectedRoute(p, a)));
        var routes = connected.Concat(device.Routes).DistinctBy(r => (r.Destination, r.Length, r.NextHop));
        foreach (var route in routes)
        {
            string row = $"{route.Destination}.{Mask(route.Length)}.0.{route.NextHop ?? IPAddress.Any}";
            _set.Ip($"{entry}.1.{row}", route.Destination);
            _set.Ip($"{entry}.2.{row}", Mask(route.Length));
            _set.Ip($"{entry}.4.{row}", route.NextHop ?? IPAddress.Any);
            _set.Int($"{entry}.5.{row}", route.Port?.IfIndex ?? 0);
            _set.Int($"{entry}.6.{row}", route.NextHop is null ? 3 : 4); // direct, indirect
            _set.Int($"{entry}.7.{row}", route.Protocol switch { "local" => 2, "static" => 3, "ospf" => 13, "bgp" => 14, _ => 1 });
            _set.Int($"{entry}.11.{row}", route.Metric ?? route.Protocol switch { "ospf" => 20, _ => 0 });
        }
    }

    private static LabRoute ConnectedRoute(LabPort port, (IPAddress Address, int Length) address) =>
        new(NetworkLoader.Prefix(address).Network, address.Length, null, port, "local");

    /// <summary>Q-BRIDGE: bridge port = ifIndex, VLAN names, egress and untagged port lists, PVIDs, and the FDB per VLAN.</summary>
    private void QBridge()
    {
        var bridgePorts = BridgePorts().ToArray();
        foreach (var port in bridgePorts) _set.Int($"1.3.6.1.2.1.17.1.4.1.2.{port.IfIndex}", port.IfIndex);
        int bytes = (device.Ports.Max(p => p.IfIndex) + 7) / 8;
        foreach (var vlan in DeviceVlans())
        {
            var name = network.VlanNames.GetValueOrDefault(vlan, vlan == 1 ? "DEFAULT_VLAN" : $"VLAN{vlan}");
            var untagged = bridgePorts.Where(p => p.Mode == PortMode.Access && p.Carries(vlan));
            _set.Text($"1.3.6.1.2.1.17.7.1.4.3.1.1.{vlan}", name);
            _set.Bytes($"1.3.6.1.2.1.17.7.1.4.2.1.4.0.{vlan}", PortList(bridgePorts.Where(p => p.Carries(vlan)), bytes));
            _set.Bytes($"1.3.6.1.2.1.17.7.1.4.2.1.5.0.{vlan}", PortList(untagged, bytes));
        }
        foreach (var port in bridgePorts)
            _set.Gauge($"1.3.6.1.2.1.17.7.1.4.5.1.1.{port.IfIndex}", (uint)(port.Mode == PortMode.Access ? port.Vlans[0] : 1));
        foreach (var learnt in fdb)
        {
            string row = $"{learnt.Vlan}.{string.Join('.', learnt.Mac)}";
            _set.Int($"1.3.6.1.2.1.17.7.1.2.2.1.2.{row}", learnt.Port.IfIndex);
            _set.Int($"1.3.6.1.2.1.17.7.1.2.2.1.3.{row}", 3); // learned
        }
    }

    /// <summary>
    /// CISCO-VTP-MIB VLANs, access ports (vmVlan), trunks; BRIDGE-MIB per VLAN, served as community@vlan / context vlan-N.
    /// </summary>
    private IEnumerable<(int Vlan, Recording Recording)> CiscoVlans()
    {
        var vlans = DeviceVlans().Concat([1002, 1003, 1004, 1005]).Distinct().Order().ToArray();
        foreach (var vlan in vlans)
        {
            _set.Int($"1.3.6.1.4.1.9.9.46.1.3.1.1.2.1.{vlan}", 1); // operational
            _set.Text($"1.3.6.1.4.1.9.9.46.1.3.1.1.4.1.{vlan}", vlan switch
            {
                1 => "default", 1002 => "fddi-default", 1003 => "token-ring-default", 1004 => "fddinet-default", 1005 => "trnet-default",
                _ => network.VlanNames.GetValueOrDefault(vlan, $"VLAN{vlan:0000}"),
            });
        }
        var bridgePorts = BridgePorts().ToArray();
        foreach (var port in bridgePorts)
        {
            if (port.Mode == PortMode.Access) _set.Int($"1.3.6.1.4.1.9.9.68.1.2.2.1.2.{port.IfIndex}", port.Vlans[0]);
            if (port.Mode == PortMode.Trunk)
            {
                _set.Int($"1.3.6.1.4.1.9.9.46.1.6.1.1.5.{port.IfIndex}", 1);  // native VLAN
                _set.Int($"1.3.6.1.4.1.9.9.46.1.6.1.1.14.{port.IfIndex}", 1); // trunking
                // Allowed VLANs (switchport trunk allowed vlan): 1,024 VLANs per bitmap; VLAN 1 is allowed as the native one.
                uint[] columns = [4, 17, 18, 19];
                for (int block = 0; block < columns.Length; block++)
                {
                    var bits = new byte[128];
                    var inBlock = port.Vlans.Append(1).Where(v => v / 1024 == block);
                    foreach (int vlan in inBlock) bits[vlan % 1024 / 8] |= (byte)(0x80 >> (vlan % 8));
                    _set.Bytes($"1.3.6.1.4.1.9.9.46.1.6.1.1.{columns[block]}.{port.IfIndex}", bits);
                }
            }
        }
        foreach (var vlan in vlans.Where(v => v is < 1002 or > 1005))
        {
            var context = new VarbindSet();
            foreach (var port in bridgePorts.Where(p => p.Carries(vlan) || (vlan == 1 && p.Mode == PortMode.Trunk)))
                context.Int($"1.3.6.1.2.1.17.1.4.1.2.{port.IfIndex}", port.IfIndex);
            foreach (var learnt in fdb.Where(f => f.Vlan == vlan))
            {
                string mac = string.Join('.', learnt.Mac);
                context.Bytes($"1.3.6.1.2.1.17.4.3.1.1.{mac}", learnt.Mac);
                context.Int($"1.3.6.1.2.1.17.4.3.1.2.{mac}", learnt.Port.IfIndex);
                context.Int($"1.3.6.1.2.1.17.4.3.1.3.{mac}", 3);
            }
            yield return (vlan, context.ToRecording($"{device.Name}@{vlan}"));
        }
    }

    private IEnumerable<LabPort> BridgePorts() =>
        device.Ports.Where(p => p.Aggregate is null && p.Mode is PortMode.Access or PortMode.Trunk);

    private IEnumerable<int> DeviceVlans() =>
        device.Ports.SelectMany(p => p.Mode == PortMode.Routed ? [] : p.Vlans)
            .Concat(device.Ports.Select(Forwarding.SviVlan).OfType<int>()).Append(1).Distinct().Order();

    private static byte[] PortList(IEnumerable<LabPort> ports, int length)
    {
        var bits = new byte[length];
        foreach (var port in ports) bits[(port.IfIndex - 1) / 8] |= (byte)(0x80 >> ((port.IfIndex - 1) % 8));
        return bits;
    }

    /// <summary>The netmask of a prefix length: all-ones cut to that length.</summary>
    private static IPAddress Mask(int length) => new IpPrefix(IPAddress.Broadcast, length).Network;
}
