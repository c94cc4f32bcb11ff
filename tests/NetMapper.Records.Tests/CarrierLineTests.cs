using System.Net;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records.Tests;

/// <summary>Two Internet lines over two carriers (the second marked backup in the zone policy), and one exchange line
/// with no second line.</summary>
public class CarrierLineTests
{
    private const string Policy = """
        zones:
          - id: external
            trust: external
            subnets: [public]
            segments:
              - { subnet: 203.0.113.0/30, line: primary, purpose: { en: HiNet line, zh-TW: 中華電信線路 } }
              - { subnet: 203.0.113.4/30, line: backup, purpose: { en: TFN line, zh-TW: 台灣固網線路 } }
          - { id: lines, trust: line, subnets: [172.20.0.0/14] }
          - { id: inside, trust: internal, subnets: [10.0.0.0/8] }
        """;

    private static RecordTable Lines(string language)
    {
        var graph = new TopologyGraph
        {
            Devices =
            [
                Router("e1", "edge-rtr1", "203.0.113.2"), Router("e2", "edge-rtr2", "203.0.113.6"),
                Router("x1", "exch-rtr1", "172.20.255.2"),
                new Device("cpe") { Name = "twse-cpe", Status = PollStatus.NotPolled, ManagementAddresses = ["172.20.255.1"] },
            ],
            Subnets = [Subnet("203.0.113.0/30"), Subnet("203.0.113.4/30"), Subnet("172.20.255.0/30")],
            Routes =
            [
                Route("e1", "0.0.0.0/0", "203.0.113.1"), Route("e2", "0.0.0.0/0", "203.0.113.5"),
                Route("x1", "172.20.0.0/16", "172.20.255.1"), Route("x1", "10.0.0.0/8", "10.1.253.1"),
            ],
        };
        var zones = new ZoneMap(graph, ZonePolicy.Parse(Policy, "zones.yaml"));
        return RecordBuilder.Build(graph, zones, language).Single(t => t.Id == "backup-lines");
    }

    [Fact]
    public void Each_Line_To_The_Outside_Says_Which_Line_Backs_It_Up_And_A_Line_Alone_Says_It_Has_None()
    {
        Assert.Equal(
        [
            "Line to the outside | edge-rtr1 eth1 — 203.0.113.1 | 0.0.0.0/0 (default route) | HiNet line: primary line, backed up by"
                + " edge-rtr2 eth1 | routing table of edge-rtr1 (bgp); primary and backup from the zone policy",
            "Line to the outside | edge-rtr2 eth1 — 203.0.113.5 | 0.0.0.0/0 (default route) | TFN line: backup line for edge-rtr1 eth1"
                + " | routing table of edge-rtr2 (bgp); primary and backup from the zone policy",
            "Line to the outside | exch-rtr1 eth1 — twse-cpe 172.20.255.1 | 172.20.0.0/16 | no backup line"
                + " | routing table of exch-rtr1 (bgp)",
        ], SmallOffice.Lines(Lines("en")));
    }

    [Fact]
    public void The_Lines_Are_Described_In_Chinese_When_Asked()
    {
        Assert.Equal(
        [
            "中華電信線路：主線路，由 edge-rtr2 eth1 備援",
            "台灣固網線路：備援線路，於 edge-rtr1 eth1 中斷時接手",
            "無備援線路",
        ], Lines("zh-TW").Rows.Select(r => r[3].Text));
        Assert.Equal("0.0.0.0/0（預設路由）", Lines("zh-TW").Rows[0][2]);
    }

    private static Device Router(string id, string name, string address) => new(id)
    {
        Name = name, Role = DeviceRole.Router, Status = PollStatus.Done, Interfaces = [new DeviceInterface(1, "eth1")],
        Addresses = [new InterfaceAddress(1, IPAddress.Parse(address), 30)],
    };

    private static RouteEntry Route(string device, string destination, string nextHop) =>
        new(device, IpPrefix.Parse(destination), IPAddress.Parse(nextHop), 1) { Protocol = "bgp" };

    private static Subnet Subnet(string prefix) => new(IpPrefix.Parse(prefix));
}
