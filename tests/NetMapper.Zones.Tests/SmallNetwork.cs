using System.Net;
using NetMapper.Topology;

namespace NetMapper.Zones.Tests;

/// <summary>
/// A hand-built scan: Internet router → firewall → DMZ switch; the DMZ switch also trunks VLAN 110 (production) to a core
/// switch; a server with legs in production and UAT; a back door from the Internet router straight to a production switch;
/// a DMZ web server on the DMZ switch; a management switch cabled to management ports.
/// </summary>
internal static class SmallNetwork
{
    public const string Policy = """
        zones:
          - { id: external, trust: external, subnets: [public] }
          - { id: dmz, trust: dmz, subnets: [10.50.0.0/16], vlans: [50] }
          - { id: production, trust: internal, subnets: [10.10.0.0/16], vlanNames: ["(?i)prod"] }
          - { id: uat, trust: internal, subnets: [10.20.0.0/16] }
          - { id: management, trust: management, subnets: [10.99.0.0/24] }
        """;

    public static TopologyGraph Graph()
    {
        Device D(string name, DeviceRole role, (int IfIndex, string Name)[] ports,
            (int IfIndex, string Address, int Length)[] addresses, DeviceVlan[]? vlans = null) =>
            new(name)
            {
                Name = name, Role = role, Status = PollStatus.Done,
                Interfaces = ports.Select(p => new DeviceInterface(p.IfIndex, p.Name)).ToArray(),
                Addresses = addresses.Select(a => new InterfaceAddress(a.IfIndex, IPAddress.Parse(a.Address), a.Length)).ToArray(),
                Vlans = vlans ?? [],
            };
        var devices = new[]
        {
            D("inet-rtr", DeviceRole.Router, [(1, "Gi0/0"), (2, "Gi0/1"), (3, "Gi0/2"), (9, "mgmt0")],
                [(1, "203.0.113.2", 30), (2, "192.0.2.1", 30), (9, "10.99.0.1", 24)]),
            D("fw", DeviceRole.Firewall, [(1, "port1"), (2, "port2"), (9, "mgmt")],
                [(1, "192.0.2.2", 30), (2, "10.50.1.1", 24), (9, "10.99.0.2", 24)]),
            D("dmz-sw", DeviceRole.Switch, [(1, "1"), (2, "2"), (24, "24")], [],
                [new DeviceVlan(50, "DMZ") { UntaggedIfIndexes = [1] }, new DeviceVlan(110, "PROD") { TaggedIfIndexes = [24] }]),
            D("core", DeviceRole.L3Switch, [(1, "Te1/0/1"), (2, "Te1/0/2")], [(100, "10.10.110.1", 24)],
                [new DeviceVlan(110, "PROD") { TaggedIfIndexes = [1, 2] }]),
            D("prod-sw", DeviceRole.Switch, [(1, "Gi1/0/1")], [], [new DeviceVlan(110, "PROD") { UntaggedIfIndexes = [1] }]),
            D("app1", DeviceRole.Server, [(1, "eth0"), (2, "eth1")], [(1, "10.10.110.20", 24), (2, "10.20.10.20", 24)]),
            D("web", DeviceRole.Server, [(1, "eth0")], [(1, "10.50.1.10", 24)]),
            D("mgmt-sw", DeviceRole.Switch, [(1, "Fa0/1"), (2, "Fa0/2")], [], [new DeviceVlan(99, "MGMT") { UntaggedIfIndexes = [1, 2] }]),
        };
        Link L(string a, string pa, int ia, string b, string pb, int ib) =>
            new(new LinkEnd(a, pa) { IfIndex = ia }, new LinkEnd(b, pb) { IfIndex = ib });
        return new TopologyGraph
        {
            Devices = devices,
            Links =
            [
                L("inet-rtr", "Gi0/1", 2, "fw", "port1", 1),
                L("fw", "port2", 2, "dmz-sw", "1", 1),
                L("web", "eth0", 1, "dmz-sw", "2", 2),
                L("dmz-sw", "24", 24, "core", "Te1/0/1", 1),
                L("core", "Te1/0/2", 2, "app1", "eth0", 1),
                L("inet-rtr", "Gi0/2", 3, "prod-sw", "Gi1/0/1", 1),
                L("inet-rtr", "mgmt0", 9, "mgmt-sw", "Fa0/1", 1),
                L("fw", "mgmt", 9, "mgmt-sw", "Fa0/2", 2),
            ],
            Subnets =
            [
                new Subnet(IpPrefix.Parse("203.0.113.0/30")),
                new Subnet(IpPrefix.Parse("192.0.2.0/30")),
                new Subnet(IpPrefix.Parse("10.50.1.0/24")),
                new Subnet(IpPrefix.Parse("10.10.110.0/24")) { Vlan = 110 },
                new Subnet(IpPrefix.Parse("10.20.10.0/24")),
                new Subnet(IpPrefix.Parse("172.31.0.0/24"))
                {
                    Members = [new SubnetMember("core", "Vlan300", IPAddress.Parse("172.31.0.1"))],
                },
            ],
            Vlans =
            [
                new NetworkVlan(50) { Names = ["DMZ"] },
                new NetworkVlan(99) { Names = ["MGMT"] },
                new NetworkVlan(110) { Names = ["PROD"] },
                new NetworkVlan(1) { Names = ["default"] },
            ],
        };
    }
}
