namespace NetMapper.Records.Tests;

public class WirelessAndFindingRecordTests
{
    [Fact]
    public void The_Controller_Comes_First_Then_Each_Access_Point_With_What_It_Is_Cabled_To()
    {
        var wireless = SmallOffice.Record("wireless");

        Assert.Equal(
        [
            "Controller | wlc1 | AIR-CT5520-K9 | 10.1.30.5 | core1 Gi1/0/5 | Wireless",
            "Access point | ap-floor2 | AIR-AP2802I-E-K9 | 10.1.30.12 |  | Wireless",
            "Access point | ap-lobby | AIR-AP2802I-E-K9 | 10.1.30.11 | acc1 Gi0/3 | Wireless",
        ], SmallOffice.Lines(wireless));
    }

    [Fact]
    public void Wireless_Kinds_Are_Named_In_Chinese_When_Asked()
    {
        var wireless = SmallOffice.Record("wireless", "zh-TW");

        Assert.Equal(["無線控制器", "無線基地台", "無線基地台"], wireless.Rows.Select(r => r[0]));
        Assert.All(wireless.Rows, r => Assert.Equal("無線網路", r[5]));
    }

    [Fact]
    public void Findings_Hold_The_Segmentation_Checks_And_The_Scans_Own_Naming_Devices_By_Name()
    {
        var findings = SmallOffice.Record("findings");

        Assert.Equal(
        [
            "warning | In no zone | zone-unassigned | core1"
                + " | subnet 172.31.0.0/24 (core1 Vlan300) is in no zone: add it to the zone policy",
            "warning | default-community | default-community | acc1 | acc1 answers the community 'public'",
        ], SmallOffice.Lines(findings));
    }
}
