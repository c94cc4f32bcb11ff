using System.Net;
using static NetMapper.Topology.Tests.Sample;

namespace NetMapper.Topology.Tests;

/// <summary>
/// Routed links where LLDP/CDP are off: a router and a firewall on one transit subnet that found each other in their
/// ARP tables are linked with low confidence; anything less certain is not.
/// </summary>
public class PointToPointLinkTests
{
    private const string RouterMac = "00:a3:d1:00:00:16", FirewallMac = "00:1e:f7:00:00:01", StrangerMac = "52:54:00:99:99:99";

    private static Device Router(params string[] cidrs) =>
        Switch("mac:00:a3:d1:00:00:00", "core-sw1", "00:a3:d1:00:00:00",
            Port(16, "TwentyFiveGigE1/0/16", RouterMac), Port(1, "TwentyFiveGigE1/0/1", "00:a3:d1:00:00:01")) with
        {
            Role = DeviceRole.L3Switch, Addresses = cidrs.Select(c => Address(16, c)).ToArray(),
        };

    private static Device Firewall(params string[] cidrs) =>
        Switch("mac:00:1e:f7:00:00:00", "vpn-fw1", "", Port(2, "Ethernet0/1", FirewallMac)) with
        {
            Role = DeviceRole.Firewall, Addresses = cidrs.Select(c => Address(2, c)).ToArray(),
        };

    private static ArpEntry Arp(Device device, string address, string mac) =>
        new(device.Id, device.Addresses[0].IfIndex, IPAddress.Parse(address), MacAddress.Parse(mac));

    private static TopologyGraph Build(Device router, Device firewall, params ArpEntry[] arp) =>
        TopologyBuilder.Build([new DeviceSnapshot(router) { Arp = arp.Where(e => e.DeviceId == router.Id).ToArray() },
            new DeviceSnapshot(firewall) { Arp = arp.Where(e => e.DeviceId == firewall.Id).ToArray() }]);

    [Fact]
    public void Two_Devices_On_A_Slash_30_That_Each_Have_The_Other_In_Their_Arp_Table_Are_Linked_With_Low_Confidence()
    {
        var (router, firewall) = (Router("10.1.254.1/30"), Firewall("10.1.254.2/30"));

        var graph = Build(router, firewall, Arp(router, "10.1.254.2", FirewallMac), Arp(firewall, "10.1.254.1", RouterMac));

        var link = Assert.Single(graph.Links);
        Assert.Equal((firewall.Id, "Ethernet0/1", (int?)2), (link.A.Device, link.A.Port, link.A.IfIndex));
        Assert.Equal((router.Id, "TwentyFiveGigE1/0/16", (int?)16), (link.B.Device, link.B.Port, link.B.IfIndex));
        Assert.Equal(LinkConfidence.Low, link.Confidence);
        Assert.Equal(["arp"], link.Protocols);
        const string Evidence = "shared point-to-point subnet 10.1.254.0/30: vpn-fw1 Ethernet0/1 10.1.254.2 and "
            + "core-sw1 TwentyFiveGigE1/0/16 10.1.254.1; each has the other in its ARP table";
        Assert.Equal([Evidence], link.Evidence);
    }

    [Fact]
    public void One_Arp_Sighting_Carrying_The_Other_Devices_Own_Mac_Is_Enough()
    {
        var (router, firewall) = (Router("10.1.254.1/30"), Firewall("10.1.254.2/30"));

        var graph = Build(router, firewall, Arp(router, "10.1.254.2", FirewallMac));

        var link = Assert.Single(graph.Links);
        Assert.EndsWith($"core-sw1 has 10.1.254.2 at {FirewallMac} in its ARP table", link.Evidence[0], StringComparison.Ordinal);
        Assert.Equal(LinkConfidence.Low, link.Confidence);
    }

    [Fact]
    public void One_Arp_Sighting_With_Another_Mac_Is_No_Link_For_It_May_Be_Stale_Or_A_Proxy_Answer()
    {
        var (router, firewall) = (Router("10.1.254.1/30"), Firewall("10.1.254.2/30"));

        Assert.Empty(Build(router, firewall, Arp(router, "10.1.254.2", StrangerMac)).Links);
    }

    [Fact]
    public void Addresses_On_One_Slash_30_Without_Any_Arp_Sighting_Are_No_Link()
    {
        Assert.Empty(Build(Router("10.1.254.1/30"), Firewall("10.1.254.2/30")).Links);
    }

    [Fact]
    public void A_Slash_29_Is_No_Point_To_Point_Subnet_Even_When_Both_Ends_See_Each_Other()
    {
        var (router, firewall) = (Router("10.1.254.1/29"), Firewall("10.1.254.2/29"));

        var graph = Build(router, firewall, Arp(router, "10.1.254.2", FirewallMac), Arp(firewall, "10.1.254.1", RouterMac));

        Assert.Empty(graph.Links);
    }

    [Fact]
    public void A_Slash_31_Is_A_Point_To_Point_Subnet()
    {
        var (router, firewall) = (Router("10.1.254.0/31"), Firewall("10.1.254.1/31"));

        var graph = Build(router, firewall, Arp(router, "10.1.254.1", FirewallMac), Arp(firewall, "10.1.254.0", RouterMac));

        Assert.StartsWith("shared point-to-point subnet 10.1.254.0/31:", Assert.Single(graph.Links).Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_IPv6_Slash_127_Is_A_Point_To_Point_Subnet_Seen_In_The_Neighbour_Tables()
    {
        var (router, firewall) = (Router("2001:db8:0:fe::/127"), Firewall("2001:db8:0:fe::1/127"));

        var graph = Build(router, firewall, Arp(router, "2001:db8:0:fe::1", FirewallMac), Arp(firewall, "2001:db8:0:fe::", RouterMac));

        var evidence = Assert.Single(graph.Links).Evidence[0];
        Assert.StartsWith("shared point-to-point subnet 2001:db8:0:fe::/127:", evidence, StringComparison.Ordinal);
        Assert.EndsWith("each has the other in its neighbour table", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Pair_Already_Linked_By_Lldp_Gets_No_Second_Link()
    {
        var (router, firewall) = (Router("10.1.254.1/30"), Firewall("10.1.254.2/30"));
        var lldp = Lldp(router.Id, 16, "00:1e:f7:00:00:00", "Ethernet0/1", "vpn-fw1");
        ArpEntry[] arp = [Arp(router, "10.1.254.2", FirewallMac), Arp(firewall, "10.1.254.1", RouterMac)];

        var graph = TopologyBuilder.Build([new DeviceSnapshot(router) { Neighbors = [lldp], Arp = [arp[0]] },
            new DeviceSnapshot(firewall with { ChassisId = "00:1e:f7:00:00:00" }) { Arp = [arp[1]] }]);

        var link = Assert.Single(graph.Links);
        Assert.Equal(["lldp"], link.Protocols);
        Assert.Equal(LinkConfidence.Medium, link.Confidence);
    }

    [Fact]
    public void A_Routed_Vlan_Interface_Between_Two_Switches_Already_Cabled_By_Lldp_Adds_No_Link()
    {
        var svi = new DeviceInterface(999, "Vlan999") { Type = 53, Mac = MacAddress.Parse(RouterMac) };
        var router = Router() with { Interfaces = [.. Router().Interfaces, svi], Addresses = [Address(999, "10.1.254.1/30")] };
        var firewall = Firewall("10.1.254.2/30") with { ChassisId = "00:1e:f7:00:00:00" };
        var lldp = Lldp(router.Id, 16, "00:1e:f7:00:00:00", "Ethernet0/1", "vpn-fw1");

        var graph = TopologyBuilder.Build([
            new DeviceSnapshot(router) { Neighbors = [lldp], Arp = [Arp(router, "10.1.254.2", FirewallMac)] },
            new DeviceSnapshot(firewall) { Arp = [Arp(firewall, "10.1.254.1", RouterMac)] }]);

        Assert.Equal(["lldp"], Assert.Single(graph.Links).Protocols);
    }

    [Fact]
    public void A_Port_Whose_Lldp_Neighbour_Is_A_Third_Device_Gets_No_Inferred_Link()
    {
        var (router, firewall) = (Router("10.1.254.1/30"), Firewall("10.1.254.2/30"));
        var mediaConverter = Lldp(router.Id, 16, "00:11:22:33:44:55", "port1", "transport-sw");

        var graph = TopologyBuilder.Build([
            new DeviceSnapshot(router) { Neighbors = [mediaConverter], Arp = [Arp(router, "10.1.254.2", FirewallMac)] },
            new DeviceSnapshot(firewall) { Arp = [Arp(firewall, "10.1.254.1", RouterMac)] }]);

        var link = Assert.Single(graph.Links);
        Assert.Equal(["core-sw1", "transport-sw"], new[] { link.A.Device, link.B.Device }.Select(graph.LabelOf).Order());
    }

    [Fact]
    public void A_Transit_Prefix_Held_By_Three_Devices_Is_No_Link_For_Which_Two_Share_The_Cable_Is_A_Guess()
    {
        var (router, firewall) = (Router("10.1.254.1/30"), Firewall("10.1.254.2/30"));
        var elsewhere = Switch("mac:00:3a:7d:00:00:00", "branch-rtr", "00:3a:7d:00:00:00", Port(3, "Gi0/0/2", "00:3a:7d:00:00:03"))
            with { Addresses = [Address(3, "10.1.254.2/30")] };

        var graph = TopologyBuilder.Build([
            new DeviceSnapshot(router) { Arp = [Arp(router, "10.1.254.2", FirewallMac)] },
            new DeviceSnapshot(firewall) { Arp = [Arp(firewall, "10.1.254.1", RouterMac)] },
            new DeviceSnapshot(elsewhere)]);

        Assert.Empty(graph.Links);
    }
}
