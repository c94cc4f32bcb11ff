using System.Net;
using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records.Tests;

/// <summary>
/// A hand-built scan of a small office, with every kind of row the records have: two core switches joined by a LAG
/// (Po1), an access switch on two parallel cables to core1 and a spanning-tree standby cable to core2, a wireless
/// controller and two access points (one cabled), two routers that both carry the default route, a database host,
/// a PBX that was announced but not polled, a subnet no zone claims, and a finding of the scan. Device ids are
/// hardware ids, as a scan makes them; records must show names.
/// </summary>
internal static class SmallOffice
{
    public const string Core1 = "mac:00:00:0c:00:00:01", Core2 = "mac:00:00:0c:00:00:02", Access = "serial:cisco:FOC0933X1AB";
    public const string Controller = "mac:00:00:0c:00:00:04", LobbyAp = "mac:00:00:0c:00:00:05", FloorAp = "mac:00:00:0c:00:00:06";
    public const string Router1 = "mac:00:00:0c:00:00:07", Router2 = "mac:00:00:0c:00:00:08", Pbx = "ip:10.99.0.40";

    public const string PolicyYaml = """
        zones:
          - id: production
            name: { en: Production, zh-TW: 正式環境 }
            purpose: { en: Trading databases, zh-TW: 交易資料庫 }
            trust: internal
            subnets: [10.1.10.0/24]
          - { id: wireless, name: { en: Wireless, zh-TW: 無線網路 }, trust: internal, subnets: [10.1.30.0/24] }
          - id: management
            name: { en: Management, zh-TW: 管理網路 }
            trust: management
            subnets: [10.99.0.0/24]
            segments: [{ vlan: 99, purpose: { en: Out-of-band management, zh-TW: 頻外管理 } }]
        """;

    public static ZoneMap Zones(TopologyGraph graph) => new(graph, ZonePolicy.Parse(PolicyYaml, "small-office"));

    /// <summary>One record of this scan, by id, in the language asked for.</summary>
    public static RecordTable Record(string id, string language = "en", IReadOnlyList<LifecycleRow>? lifecycle = null)
    {
        var graph = Graph();
        return RecordBuilder.Build(graph, Zones(graph), language, lifecycle).Single(t => t.Id == id);
    }

    /// <summary>Each row as its cells joined by " | ", as the assertions spell them.</summary>
    public static string[] Lines(RecordTable table) => table.Rows.Select(r => string.Join(" | ", r)).ToArray();

    public static TopologyGraph Graph() => new()
    {
        Devices = Devices(),
        Links = Links(),
        Subnets =
        [
            new Subnet(IpPrefix.Parse("10.1.10.0/24"))
            {
                Vlan = 10, HostCount = 1,
                Members =
                [
                    new SubnetMember(Core1, "Vlan10", IPAddress.Parse("10.1.10.1")),
                    new SubnetMember(Core2, "Vlan10", IPAddress.Parse("10.1.10.2")),
                ],
            },
            new Subnet(IpPrefix.Parse("10.1.30.0/24")) { Members = [new SubnetMember(Controller, "Gi1", IPAddress.Parse("10.1.30.5"))] },
            new Subnet(IpPrefix.Parse("10.99.0.0/24"))
            {
                Vlan = 99,
                Members =
                [
                    new SubnetMember(Core1, "Vlan99", IPAddress.Parse("10.99.0.11")),
                    new SubnetMember(Access, "Vlan99", IPAddress.Parse("10.99.0.21")),
                ],
            },
            new Subnet(IpPrefix.Parse("172.31.0.0/24")) { Members = [new SubnetMember(Core1, "Vlan300", IPAddress.Parse("172.31.0.1"))] },
        ],
        Vlans = [new NetworkVlan(10) { Names = ["PROD-DB"] }, new NetworkVlan(99) { Names = ["MGMT"] }],
        Hosts =
        [
            new Host(IPAddress.Parse("10.1.10.50"), MacAddress.Parse("00:50:56:aa:bb:01"))
            {
                Vendor = "VMware, Inc.", HostName = "db01", Device = Access, Port = "Gi0/10", Vlan = 10, Methods = ["arp-table", "fdb"],
            },
            // core1's own SVI address, seen in a neighbour's ARP table: listed once, as the device interface
            new Host(IPAddress.Parse("10.1.10.1"), MacAddress.Parse("00:00:0c:00:10:01")) { Methods = ["arp-table"] },
            // learnt in a forwarding table only: no address, so not an IP record
            new Host(null, MacAddress.Parse("00:50:56:aa:bb:02")) { Device = Access, Port = "Gi0/11", Methods = ["fdb"] },
        ],
        Routes =
        [
            new RouteEntry(Core1, IpPrefix.Parse("0.0.0.0/0"), IPAddress.Parse("10.1.1.1"), 3) { Protocol = "static", Metric = 1 },
            new RouteEntry(Core1, IpPrefix.Parse("0.0.0.0/0"), IPAddress.Parse("10.1.2.1"), 0) { Protocol = "static", Metric = 5 },
            new RouteEntry(Core1, IpPrefix.Parse("10.1.10.0/24"), null, 110) { Protocol = "local" },
            // the exchange line through both routers; a partner network through rtr1 and a next hop that is no device
            new RouteEntry(Core1, IpPrefix.Parse("172.20.0.0/16"), IPAddress.Parse("10.1.1.1"), 3) { Protocol = "bgp", Metric = 20 },
            new RouteEntry(Core1, IpPrefix.Parse("172.20.0.0/16"), IPAddress.Parse("10.1.2.1"), 4) { Protocol = "bgp", Metric = 20 },
            new RouteEntry(Core1, IpPrefix.Parse("198.51.100.0/24"), IPAddress.Parse("10.1.1.1"), 3) { Protocol = "static", Metric = 1 },
            new RouteEntry(Core1, IpPrefix.Parse("198.51.100.0/24"), IPAddress.Parse("192.0.2.9"), 3) { Protocol = "static", Metric = 2 },
            new RouteEntry(Access, IpPrefix.Parse("10.0.0.0/8"), IPAddress.Parse("10.99.0.11"), 199) { Protocol = "static", Metric = 1 },
        ],
        Findings =
        [
            new Finding("default-community", FindingSeverity.Warning, "acc1 answers the community 'public'") { Devices = [Access] },
        ],
    };

    private static Device[] Devices() =>
    [
        Device(Core1, "core1", DeviceRole.L3Switch, "C9300-48P", "IOS-XE", "17.6.4", "10.99.0.11") with
        {
            Interfaces = Ports("Te1/0/1", "Te1/0/2", "Gi1/0/3", "Gi1/0/4", "Gi1/0/5")
                .Append(new DeviceInterface(110, "Vlan10") { Mac = MacAddress.Parse("00:00:0c:00:10:01") })
                .Append(new DeviceInterface(199, "Vlan99")).Append(new DeviceInterface(1000, "Loopback0")).ToArray(),
            Addresses = [Address(110, "10.1.10.1", 24), Address(199, "10.99.0.11", 24), Address(1000, "10.255.0.1", 32)],
        },
        Device(Core2, "core2", DeviceRole.L3Switch, "C9300-48P", "IOS-XE", "17.6.4", "10.99.0.12") with
        {
            Interfaces = Ports("Te1/0/1", "Te1/0/2", "Gi1/0/3").Append(new DeviceInterface(110, "Vlan10")).ToArray(),
            Addresses = [Address(110, "10.1.10.2", 24)],
        },
        Device(Access, "acc1", DeviceRole.Switch, "WS-C3560-48PS-S", "IOS", "12.2(55)SE", "10.99.0.21") with
        {
            Serial = "FOC0933X1AB", Credential = "v2c community #1",
            Interfaces = Ports("Gi0/1", "Gi0/2", "Gi0/3").Append(new DeviceInterface(199, "Vlan99")).ToArray(),
            Addresses = [Address(199, "10.99.0.21", 24)],
        },
        Device(Controller, "wlc1", DeviceRole.WirelessController, "AIR-CT5520-K9", "AireOS", "8.10.185.0", "10.1.30.5") with
        {
            Interfaces = Ports("Gi1"), Addresses = [Address(1, "10.1.30.5", 24)],
        },
        Device(LobbyAp, "ap-lobby", DeviceRole.AccessPoint, "AIR-AP2802I-E-K9", "", "", "10.1.30.11"),
        Device(FloorAp, "ap-floor2", DeviceRole.AccessPoint, "AIR-AP2802I-E-K9", "", "", "10.1.30.12"),
        Router(Router1, "rtr1", "10.1.1.1"),
        Router(Router2, "rtr2", "10.1.2.1"),
        new Device(Pbx) { Name = "pbx", Vendor = "Avaya", Status = PollStatus.NotPolled, ManagementAddresses = ["10.99.0.40"] },
    ];

    private static Link[] Links() =>
    [
        PortChannelMember("Te1/0/1"),
        PortChannelMember("Te1/0/2"),
        Cable(Core1, "Gi1/0/3", Access, "Gi0/1") with { Protocols = ["cdp"], Confidence = LinkConfidence.Medium },
        Cable(Core1, "Gi1/0/4", Access, "Gi0/2") with { Protocols = ["lldp"], Confidence = LinkConfidence.High },
        Cable(Core2, "Gi1/0/3", Access, "Gi0/48") with { Backup = true },
        Cable(Access, "Gi0/3", LobbyAp, "eth0"),
        Cable(Controller, "Gi1", Core1, "Gi1/0/5"),
    ];

    private static Device Device(string id, string name, DeviceRole role, string model, string os, string version, string management) =>
        new(id)
        {
            Name = name, Role = role, Vendor = "Cisco", Model = model, OsName = os, OsVersion = version,
            ManagementAddresses = [management], Status = PollStatus.Done, Credential = "v3 netops authPriv",
        };

    /// <summary>A router known by one address, with no interface table: its port shows as "ifIndex 1".</summary>
    private static Device Router(string id, string name, string address) =>
        Device(id, name, DeviceRole.Router, "ISR4331", "IOS-XE", "17.9.4", address) with { Addresses = [Address(1, address, 30)] };

    private static DeviceInterface[] Ports(params string[] names) => names.Select((n, i) => new DeviceInterface(i + 1, n)).ToArray();
    private static InterfaceAddress Address(int ifIndex, string address, int length) => new(ifIndex, IPAddress.Parse(address), length);
    private static Link Cable(string a, string portA, string b, string portB) => new(new LinkEnd(a, portA), new LinkEnd(b, portB));

    /// <summary>A member of Po1 between the cores, the same port at both ends, seen by LLDP from both.</summary>
    private static Link PortChannelMember(string port) => Cable(Core1, port, Core2, port) with
    {
        Aggregate = new LinkAggregate("Po1", "Po1"), Protocols = ["lldp"], Confidence = LinkConfidence.High,
    };
}
