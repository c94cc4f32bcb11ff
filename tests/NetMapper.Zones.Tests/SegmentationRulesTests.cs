using NetMapper.Topology;

namespace NetMapper.Zones.Tests;

public class SegmentationRulesTests
{
    private static readonly TopologyGraph Graph = SmallNetwork.Graph();
    private static readonly ZoneMap Zones = new(Graph, ZonePolicy.Parse(SmallNetwork.Policy, "zones.yaml"));
    private static readonly IReadOnlyList<Finding> Findings = SegmentationRules.Evaluate(Graph, Zones);

    [Fact]
    public void The_Same_Findings_Are_Written_In_Chinese_When_Asked_With_The_Zones_Chinese_Names()
    {
        var chinese = SegmentationRules.Evaluate(Graph, Zones, "zh-TW");

        Assert.Equal(Findings.Select(f => (f.Code, f.Severity, string.Join(",", f.Devices))),
            chinese.Select(f => (f.Code, f.Severity, string.Join(",", f.Devices))));
        Assert.All(chinese, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Message));
        Assert.DoesNotContain(chinese, f => f.Message.Contains("without a firewall", StringComparison.Ordinal));
        var named = ZonePolicy.Parse(SmallNetwork.Policy.Replace("id: dmz,", "id: dmz, name: { zh-TW: 非軍事區 },",
            StringComparison.Ordinal), "zones.yaml");
        var crossing = SegmentationRules.Evaluate(Graph, new ZoneMap(Graph, named), "zh-TW").First(f => f.Code == "zone-vlan-crossing");
        Assert.Contains("非軍事區", crossing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subnets_Go_By_The_Most_Specific_Cidr_Then_Vlan_Then_Public_Space()
    {
        Assert.Equal("external", Zones.OfSubnet(IpPrefix.Parse("203.0.113.0/30")).Id);
        Assert.Equal("production", Zones.OfSubnet(IpPrefix.Parse("10.10.110.0/24")).Id);
        Assert.Equal("unassigned", Zones.OfSubnet(IpPrefix.Parse("172.31.0.0/24")).Id);
        Assert.Equal("production", Zones.OfVlan(110).Id); // by name
        Assert.Equal("dmz", Zones.OfVlan(50).Id);          // by number
        Assert.Equal("unassigned", Zones.OfVlan(99).Id);   // MGMT matches no rule, and no subnet tells
        Assert.Equal("external", Zones.OfDevice("inet-rtr").Id);
        Assert.Equal("production", Zones.OfDevice("app1").Id); // of equally trusted zones, the first in the policy
        Assert.Equal(["production", "uat"], Zones.DeviceZones("app1").Select(z => z.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_Switch_That_Does_Not_Answer_Is_In_The_Zone_It_Is_Cabled_To_Not_The_Management_Zone_Of_Its_Address()
    {
        var silent = new Device("acc9")
        {
            Name = "acc9", Role = DeviceRole.Switch, Status = PollStatus.Unreachable, ManagementAddresses = ["10.99.0.9"],
        };
        var graph = Graph with
        {
            Devices = [.. Graph.Devices, silent],
            Links = [.. Graph.Links, new Link(new LinkEnd("core", "Te1/0/3"), new LinkEnd("acc9", "Gi1/0/49"))],
        };
        var lonely = Graph with { Devices = [.. Graph.Devices, silent] };
        var policy = ZonePolicy.Parse(SmallNetwork.Policy, "zones.yaml");

        Assert.Equal("production", new ZoneMap(graph, policy).OfDevice("acc9").Id);
        Assert.Equal("management", new ZoneMap(lonely, policy).OfDevice("acc9").Id); // cabled to nothing: its address is all there is
    }

    [Fact]
    public void Unzoned_Subnets_And_Vlans_Are_Findings_But_Not_The_Default_Vlans()
    {
        var unassigned = Findings.Where(f => f.Code == "zone-unassigned").Select(f => f.Message).ToArray();
        Assert.Equal(2, unassigned.Length);
        Assert.Contains(unassigned, m => m.StartsWith("subnet 172.31.0.0/24 (core Vlan300) is in no zone", StringComparison.Ordinal));
        Assert.Contains(unassigned, m => m.StartsWith("VLAN 99 (MGMT) is in no zone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Server_With_Legs_In_Two_Zones_Is_Flagged_With_Its_Interfaces_But_A_Firewall_Is_Not()
    {
        var finding = Assert.Single(Findings, f => f.Code == "zone-multihomed");
        Assert.Equal(["app1"], finding.Devices);
        Assert.Contains("production (eth0 10.10.110.20/24)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("uat (eth1 10.20.10.20/24)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Production_Vlan_On_The_Dmz_Switch_Is_A_Crossing()
    {
        var finding = Assert.Single(Findings, f => f.Code == "zone-vlan-crossing");
        Assert.Equal(["dmz-sw"], finding.Devices);
        Assert.Contains("VLAN 50 (DMZ) of zone dmz on 1 alongside VLANs of production", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_Into_Inside_Zones_Without_A_Firewall_Are_Found_And_The_Management_Network_Is_Not_A_Path()
    {
        var paths = Findings.Where(f => f.Code == "zone-unfiltered-path").Select(f => f.Message).Order(StringComparer.Ordinal).ToArray();
        // The DMZ switch carries a production VLAN, so it is inside already: the DMZ server's cable is where the zone is left.
        Assert.Equal(
        [
            "dmz reaches production without a firewall: web eth0 — dmz-sw 2",
            "external reaches production without a firewall: inet-rtr Gi0/2 — prod-sw Gi1/0/1",
        ], paths);
    }
}
