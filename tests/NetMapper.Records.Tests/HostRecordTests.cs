namespace NetMapper.Records.Tests;

public class HostRecordTests
{
    [Fact]
    public void Every_Address_In_Use_Is_Listed_Once_In_Address_Order_With_The_Vlan_Of_Its_Segment()
    {
        var hosts = SmallOffice.Record("hosts");

        Assert.Equal(
        [
            "10.1.1.1 |  | Cisco | rtr1 | Unassigned | rtr1 | ifIndex 1 |  | device interface",
            "10.1.2.1 |  | Cisco | rtr2 | Unassigned | rtr2 | ifIndex 1 |  | device interface",
            "10.1.10.1 | 00:00:0c:00:10:01 | Cisco | core1 | Production | core1 | Vlan10 | 10 | device interface",
            "10.1.10.2 |  | Cisco | core2 | Production | core2 | Vlan10 | 10 | device interface",
            "10.1.10.50 | 00:50:56:aa:bb:01 | VMware | db01 | Production | acc1 | Gi0/10 | 10 | arp-table, fdb",
            "10.1.30.5 |  | Cisco | wlc1 | Wireless | wlc1 | Gi1 |  | device interface",
            "10.99.0.11 |  | Cisco | core1 | Management | core1 | Vlan99 | 99 | device interface",
            "10.99.0.21 |  | Cisco | acc1 | Management | acc1 | Vlan99 | 99 | device interface",
            "10.99.0.40 |  | Avaya | pbx | Management |  |  | 99 | neighbour announcement",
        ], SmallOffice.Lines(hosts));
    }

    [Fact]
    public void A_Loopback_Host_Route_And_A_Host_Known_Only_By_Its_Mac_Are_Not_Addresses_In_Use()
    {
        var addresses = SmallOffice.Record("hosts").Rows.Select(r => r[0]).ToArray();

        Assert.DoesNotContain("10.255.0.1", addresses); // core1's Loopback0 /32
        Assert.DoesNotContain(SmallOffice.Record("hosts").Rows, r => r[1] == "00:50:56:aa:bb:02");
    }

    [Fact]
    public void How_An_Address_Was_Found_Is_Said_In_Chinese_When_Asked()
    {
        var hosts = SmallOffice.Record("hosts", "zh-TW");

        Assert.Equal("設備介面", hosts.Rows.Single(r => r[0] == "10.1.10.1")[8]);
        Assert.Equal("ARP 表、MAC 位址表", hosts.Rows.Single(r => r[0] == "10.1.10.50")[8]);
        Assert.Equal("鄰居宣告", hosts.Rows.Single(r => r[0] == "10.99.0.40")[8]);
        Assert.Equal("正式環境", hosts.Rows.Single(r => r[0] == "10.1.10.50")[4]);
    }
}
