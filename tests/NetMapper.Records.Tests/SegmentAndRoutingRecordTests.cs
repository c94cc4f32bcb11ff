namespace NetMapper.Records.Tests;

public class SegmentAndRoutingRecordTests
{
    [Fact]
    public void Each_Subnet_Is_A_Segment_With_Its_Vlan_Zone_Gateways_Counts_And_A_Purpose_That_Is_Not_A_Name_Again()
    {
        var segments = SmallOffice.Record("segments");

        Assert.Equal(
        [
            "10.1.10.0/24 | 10 | PROD-DB | Production | core1 Vlan10 10.1.10.1; core2 Vlan10 10.1.10.2 | 2 | 1 | Trading databases",
            "10.1.30.0/24 |  |  | Wireless |  | 1 | 0 | ",
            "10.99.0.0/24 | 99 | MGMT | Management | core1 Vlan99 10.99.0.11 | 2 | 0 | Out-of-band management",
            "172.31.0.0/24 |  |  | Unassigned | core1 Vlan300 172.31.0.1 | 1 | 0 | ",
        ], SmallOffice.Lines(segments));
    }

    [Fact]
    public void Counts_And_Vlans_Are_Numbers_And_A_Missing_Vlan_Is_An_Empty_Cell()
    {
        var rows = SmallOffice.Record("segments").Rows;

        Assert.Equal([10L, null, 99L, null], rows.Select(r => r[1].Number));
        Assert.All(rows, r => Assert.NotNull(r[5].Number));
        Assert.All(rows, r => Assert.NotNull(r[6].Number));
    }

    [Fact]
    public void Only_Routers_Firewalls_And_Layer_3_Switches_Are_A_Segments_Gateway()
    {
        var management = SmallOffice.Record("segments").Rows.Single(r => r[0] == "10.99.0.0/24");

        Assert.Equal("core1 Vlan99 10.99.0.11", management[4]); // acc1 has an address there too, but is a switch
        Assert.Equal("", SmallOffice.Record("segments").Rows.Single(r => r[0] == "10.1.30.0/24")[4]); // wlc1 routes nothing
    }

    [Fact]
    public void Routes_Are_Listed_By_Device_Name_Then_Destination_With_Connected_Routes_Named()
    {
        var routing = SmallOffice.Record("routing");

        Assert.Equal(
        [
            "acc1 | 10.0.0.0/8 | 10.99.0.11 | Vlan99 | static | 1",
            "core1 | 0.0.0.0/0 | 10.1.1.1 | Gi1/0/3 | static | 1",
            "core1 | 0.0.0.0/0 | 10.1.2.1 |  | static | 5",
            "core1 | 10.1.10.0/24 | connected | Vlan10 | local | 0",
            "core1 | 172.20.0.0/16 | 10.1.1.1 | Gi1/0/3 | bgp | 20",
            "core1 | 172.20.0.0/16 | 10.1.2.1 | Gi1/0/4 | bgp | 20",
            "core1 | 198.51.100.0/24 | 10.1.1.1 | Gi1/0/3 | static | 1",
            "core1 | 198.51.100.0/24 | 192.0.2.9 | Gi1/0/3 | static | 2",
        ], SmallOffice.Lines(routing));
    }

    [Fact]
    public void A_Connected_Route_Reads_Zhi_Lian_In_Chinese()
    {
        var routing = SmallOffice.Record("routing", "zh-TW");

        Assert.Contains("core1 | 10.1.10.0/24 | 直連 | Vlan10 | 本機介面 | 0", SmallOffice.Lines(routing));
        Assert.Contains("core1 | 172.20.0.0/16 | 10.1.1.1 | Gi1/0/3 | BGP | 20", SmallOffice.Lines(routing));
    }
}
