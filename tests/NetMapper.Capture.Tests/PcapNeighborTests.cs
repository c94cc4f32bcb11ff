using NetMapper.Capture.Neighbors;
using NetMapper.Topology;

namespace NetMapper.Capture.Tests;

/// <summary>The shared corpus captures decode into the neighbours tcpdump shows in them (same code path as live capture).</summary>
public class PcapNeighborTests
{
    private static IReadOnlyList<CapturedNeighbor> Read(string name)
    {
        Requires.Corpus();
        return NeighborCapture.ReadFile(Path.Combine(RepoPaths.Corpus, "pcap", name));
    }

    [Fact]
    public void A_Cisco_Lldp_Advertisement_Gives_Chassis_Port_Name_Address_Capabilities_And_Pvid()
    {
        var n = Assert.Single(NeighborCapture.Distinct(Read("lldpd_8023bt.pcap")));
        Assert.Equal((NeighborProtocol.Lldp, "c0:64:e4:a9:9b:80", 4, "Gi1/0/2", 5),
            (n.Protocol, n.ChassisId, n.ChassisIdSubtype, n.PortId, n.PortIdSubtype));
        Assert.Equal(("cisco-bt-switch", "GigabitEthernet1/0/2", 1), (n.SysName, n.PortDescription, n.Vlan!.Value));
        var sysDescrStart = "Cisco IOS Software [Gibraltar], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 16.12.1";
        Assert.StartsWith(sysDescrStart, n.SysDescr, StringComparison.Ordinal);
        Assert.Equal(["192.168.1.1"], n.ManagementAddresses);
        Assert.Equal(["bridge"], n.Capabilities);
        Assert.Equal(TimeSpan.FromSeconds(120), n.TimeToLive);
    }

    [Fact]
    public void A_Nic_Advertising_Its_Port_By_Mac_Is_Read()
    {
        var n = Assert.Single(NeighborCapture.Distinct(Read("lldpd_connectx.pcap")));
        Assert.Equal(("50:6b:4b:f6:1e:b3", "50:6b:4b:f6:1e:b1", 3, "ConnectX-4 Lx, 25G/10G/1G SFP"),
            (n.ChassisId, n.PortId, n.PortIdSubtype, n.PortDescription));
        Assert.Equal(TimeSpan.FromSeconds(48), n.TimeToLive);
        Assert.Empty(n.ManagementAddresses);
    }

    [Fact]
    public void Repeated_Advertisements_Of_One_Port_Are_One_Neighbour()
    {
        var heard = Read("lldpd_sg200.pcap");
        Assert.True(heard.Count >= 1);
        var n = Assert.Single(NeighborCapture.Distinct(heard));
        Assert.Equal(("00:35:35:35:35:35", "g1"), (n.ChassisId, n.PortId));
    }

    [Fact]
    public void A_Cdp_Frame_Gives_Device_Port_Platform_Address_And_Native_Vlan()
    {
        var heard = Read("tcpdump_3560_CDP.pcap");
        var n = Assert.Single(NeighborCapture.Distinct(heard));
        Assert.Equal((NeighborProtocol.Cdp, "Switch", "GigabitEthernet0/5", "cisco WS-C3560G-24PS"),
            (n.Protocol, n.ChassisId, n.PortId, n.Platform));
        Assert.Equal(["192.168.0.1"], n.ManagementAddresses);
        Assert.Equal(1, n.Vlan);
        Assert.Equal(["bridge", "igmp"], n.Capabilities);
        Assert.Equal(MacAddress.Parse("00:19:06:ea:b8:85"), n.SourceMac);
        Assert.Contains("Version 12.2(25)SEB4", n.SysDescr, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(180), n.TimeToLive);
    }

    [Fact]
    public void A_Capture_With_Both_Protocols_Yields_Each_Switch_Once_Per_Protocol()
    {
        var neighbors = NeighborCapture.Distinct(Read("tcpdump_LLDP_and_CDP.pcap"));
        var heardAs = neighbors.Select(n => $"{n.Protocol.ToString().ToLowerInvariant()} {n.SysName} {n.PortId}");
        Assert.Equal(
            ["cdp S1 FastEthernet0/13", "cdp S2 GigabitEthernet0/13", "lldp S1.cisco.com Fa0/13", "lldp S2.cisco.com Uplink to S1"],
            heardAs.Order(StringComparer.Ordinal));
        var cdp = neighbors.Where(n => n.Protocol == NeighborProtocol.Cdp);
        Assert.All(cdp, n => Assert.Empty(n.ManagementAddresses)); // 0.0.0.0 is no address
        var lldp = neighbors.Where(n => n.Protocol == NeighborProtocol.Lldp);
        Assert.Equal(["00:18:ba:98:68:8f", "00:19:2f:a7:b2:8d"], lldp.Select(n => n.ChassisId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_Missing_Capture_File_Is_Named()
    {
        var e = Assert.Throws<CaptureException>(() => NeighborCapture.ReadFile("/nonexistent/x.pcap"));
        Assert.Contains("/nonexistent/x.pcap", e.Message, StringComparison.Ordinal);
    }
}
