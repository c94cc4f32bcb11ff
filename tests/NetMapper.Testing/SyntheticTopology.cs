using System.Globalization;
using System.Net;
using NetMapper.Topology;

namespace NetMapper.Testing;

/// <summary>
/// Generated scans of any size for the report's tests and benchmark, shaped like a firm's: a firewall pair with a leg in
/// every zone, and in each zone (named by its VLAN, as the built-in zone policy guesses) a core pair and access switches
/// of 48 ports with two uplinks and a dozen hosts each. Built from what polling would observe (LLDP both ways, forwarding
/// and ARP tables) by the real <see cref="TopologyBuilder"/>. Seedless: the same size gives the same graph.
/// </summary>
public static class SyntheticTopology
{
    private static readonly string[] Zones = ["prod", "uat", "test", "office", "wlan", "dmz"];
    private const int HostsPerAccess = 12, AccessPorts = 48;

    public static TopologyGraph Build(int devices) => TopologyBuilder.Build(Snapshots(devices));

    /// <summary>What polling each device of <see cref="Build"/>'s network would have recorded.</summary>
    public static DeviceSnapshot[] Snapshots(int devices)
    {
        var net = new Builder();
        var firewalls = new[] { net.Add("fw1", DeviceRole.Firewall), net.Add("fw2", DeviceRole.Firewall) };
        int accessPerZone = Math.Max(1, (devices - firewalls.Length) / Zones.Length - 2);
        for (int z = 0; z < Zones.Length; z++)
        {
            int vlan = 100 + z * 10;
            string subnet = string.Create(CultureInfo.InvariantCulture, $"10.{z + 1}");
            var cores = new[] { net.Add($"{Zones[z]}-core1", DeviceRole.L3Switch), net.Add($"{Zones[z]}-core2", DeviceRole.L3Switch) };
            for (int c = 0; c < 2; c++)
            {
                net.Svi(cores[c], vlan, $"{Zones[z]}-users", $"{subnet}.0.{c + 2}");
                net.Svi(firewalls[c], vlan, $"{Zones[z]}-users", $"{subnet}.255.{254 - c}");
                Builder.Cable(cores[c], firewalls[c]);
            }
            Builder.Cable(cores[0], cores[1]);
            for (int a = 0; a < accessPerZone && net.Count < devices; a++)
            {
                var access = net.Add($"{Zones[z]}-acc{a:000}", DeviceRole.Switch, AccessPorts);
                Builder.Cable(access, cores[0]);
                Builder.Cable(access, cores[1]);
                for (int h = 0; h < HostsPerAccess; h++)
                {
                    var ip = IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"{subnet}.{10 + a / 16}.{a % 16 * 15 + h + 1}"));
                    var mac = string.Create(CultureInfo.InvariantCulture, $"00:50:56:{z:x2}:{a % 256:x2}:{h + 16 * (a / 256):x2}");
                    Builder.Host(access, h + 1, vlan, cores[0], ip, MacAddress.Parse(mac));
                }
            }
        }
        return net.Snapshots();
    }

    /// <summary>Collects devices, cables and hosts as each device's polling would have seen them.</summary>
    private sealed class Builder
    {
        private readonly List<Node> _nodes = [];

        public int Count => _nodes.Count;

        public Node Add(string name, DeviceRole role, int ports = 0)
        {
            var node = new Node(name, role, _nodes.Count + 1);
            for (int p = 1; p <= ports; p++) node.Port($"Gi1/0/{p}", 1_000_000_000);
            node.Port("Vlan999", 0, string.Create(CultureInfo.InvariantCulture, $"10.250.{node.Number / 250}.{node.Number % 250 + 1}"), 16);
            node.Vlans[999] = "mgmt";
            _nodes.Add(node);
            return node;
        }

        public void Svi(Node node, int vlan, string name, string address)
        {
            node.Port($"Vlan{vlan}", 0, address, 16);
            node.Vlans[vlan] = name;
        }

        /// <summary>A 10G cable, each end hearing the other over LLDP.</summary>
        public static void Cable(Node a, Node b)
        {
            var (pa, pb) = (a.Port($"Te1/1/{a.Uplinks + 1}", 10_000_000_000), b.Port($"Te1/1/{b.Uplinks + 1}", 10_000_000_000));
            a.Uplinks++;
            b.Uplinks++;
            a.Heard(pa, b, pb);
            b.Heard(pb, a, pa);
        }

        /// <summary>A host learnt on an access port, and in its router's ARP table.</summary>
        public static void Host(Node access, int port, int vlan, Node router, IPAddress ip, MacAddress mac)
        {
            access.Fdb.Add(new FdbEntry(access.Id, vlan, mac, port));
            router.Fdb.Add(new FdbEntry(router.Id, vlan, mac, router.Interfaces.Single(i => i.Name == "Te1/1/1").IfIndex));
            router.Arp.Add(new ArpEntry(router.Id, router.Interfaces.Single(i => i.Name == $"Vlan{vlan}").IfIndex, ip, mac));
            access.Access[port] = vlan;
        }

        public DeviceSnapshot[] Snapshots() => _nodes.Select(n => n.Snapshot()).ToArray();
    }

    private sealed class Node(string name, DeviceRole role, int number)
    {
        public string Name { get; } = name;
        public int Number { get; } = number;
        public string Chassis => string.Create(CultureInfo.InvariantCulture, $"00:1b:0c:00:{Number / 256:x2}:{Number % 256:x2}");
        public string Id => "mac:" + Chassis;
        public int Uplinks { get; set; }
        public List<DeviceInterface> Interfaces { get; } = [];
        public List<InterfaceAddress> Addresses { get; } = [];
        public Dictionary<int, string> Vlans { get; } = [];
        public Dictionary<int, int> Access { get; } = [];
        public List<NeighborObservation> Neighbors { get; } = [];
        public List<FdbEntry> Fdb { get; } = [];
        public List<ArpEntry> Arp { get; } = [];

        public DeviceInterface Port(string port, ulong speed, string? address = null, int length = 0)
        {
            int index = Interfaces.Count + 1;
            var invariant = CultureInfo.InvariantCulture;
            string hex = string.Create(invariant, $"02:{Number / 256:x2}:{Number % 256:x2}:00:{index / 256:x2}:{index % 256:x2}");
            var entry = new DeviceInterface(index, port)
            {
                SpeedBps = speed, Mac = MacAddress.Parse(hex), AdminUp = true, OperUp = true, Type = speed > 0 ? 6 : 53,
            };
            Interfaces.Add(entry);
            if (address is not null) Addresses.Add(new InterfaceAddress(index, IPAddress.Parse(address), length));
            return entry;
        }

        public void Heard(DeviceInterface local, Node remote, DeviceInterface remotePort) =>
            Neighbors.Add(new NeighborObservation(Id, local.IfIndex, NeighborProtocol.Lldp)
            {
                LocalPort = local.Name, RemoteChassisId = remote.Chassis, RemoteChassisIdSubtype = 4, RemotePortId = remotePort.Name,
                RemotePortIdSubtype = 5, RemoteSysName = remote.Name, RemoteCapabilities = ["bridge"],
            });

        public DeviceSnapshot Snapshot()
        {
            var ports = Interfaces.Select(i => Access.TryGetValue(i.IfIndex, out int v) ? i with { Pvid = v } : i).ToArray();
            var vlans = Vlans.Select(v => new DeviceVlan(v.Key, v.Value)).Concat(Access.Values.Distinct().Select(v =>
                new DeviceVlan(v, $"vlan{v}") { UntaggedIfIndexes = Access.Where(a => a.Value == v).Select(a => a.Key).ToArray() }));
            var device = new Device(Id)
            {
                Name = Name, Role = role, Vendor = "Cisco", Model = role == DeviceRole.Firewall ? "FPR-2140" : "C9300-48P",
                OsName = "IOS-XE", OsVersion = "17.9.4", Serial = string.Create(CultureInfo.InvariantCulture, $"FOC{Number:00000000}"),
                ChassisId = Chassis, ManagementAddresses = [Addresses[0].Address.ToString()], Interfaces = ports, Addresses = Addresses,
                Vlans = vlans.ToArray(), Status = PollStatus.Done, Credential = "v3 netops authPriv",
            };
            return new DeviceSnapshot(device) { Neighbors = Neighbors, Fdb = Fdb, Arp = Arp };
        }
    }
}
