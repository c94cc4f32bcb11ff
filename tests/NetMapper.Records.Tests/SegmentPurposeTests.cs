using System.Net;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Records.Tests;

public class SegmentPurposeTests
{
    private const string Policy = """
        zones:
          - id: lines
            name: { en: Lines, zh-TW: 專線 }
            purpose: { en: Exchange lines, zh-TW: 交易所專線 }
            subnets: [172.20.0.0/14, 10.1.253.0/24]
            segments: [{ subnet: 172.20.255.0/30, purpose: { en: Line to TWSE, zh-TW: 臺灣證券交易所專線 } }]
          - { id: office, name: { en: Office, zh-TW: 辦公網路 }, subnets: [10.30.0.0/16] }
        """;

    private static string[] Purposes(string language)
    {
        var graph = new TopologyGraph
        {
            Devices = [new Device("a") { Name = "core-sw1" }, new Device("b") { Name = "exch-rtr1" }],
            Subnets =
            [
                Subnet("10.1.253.0/30", ("a", "10.1.253.1"), ("b", "10.1.253.2")),
                Subnet("10.1.253.8/29", ("a", "10.1.253.9"), ("b", "10.1.253.10")),
                Subnet("172.20.255.0/30", ("b", "172.20.255.2")),
                Subnet("10.30.10.0/24", ("a", "10.30.10.1")) with { Vlan = 310 },
            ],
            Vlans = [new NetworkVlan(310) { Names = ["OFFICE"] }],
        };
        var segments = RecordBuilder.Build(graph, new ZoneMap(graph, ZonePolicy.Parse(Policy, "zones.yaml")), language)
            .Single(t => t.Id == "segments");
        return segments.Rows.Select(r => r[^1].Text).ToArray();
    }

    [Fact]
    public void A_Segment_Says_What_It_Is_For_From_The_Policy_The_Devices_It_Joins_Or_Its_Zone_And_Never_A_Name()
    {
        Assert.Equal(["link between core-sw1 and exch-rtr1", "Exchange lines", "Line to TWSE", ""], Purposes("en"));
        Assert.Equal(["core-sw1 與 exch-rtr1 互連", "交易所專線", "臺灣證券交易所專線", ""], Purposes("zh-TW"));
    }

    private static Subnet Subnet(string prefix, params (string Device, string Address)[] members) => new(IpPrefix.Parse(prefix))
    {
        Members = members.Select(m => new SubnetMember(m.Device, "eth0", IPAddress.Parse(m.Address))).ToArray(),
    };
}
