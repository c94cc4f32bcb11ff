namespace NetMapper.Records.Tests;

public class DeviceRecordTests
{
    [Fact]
    public void Devices_Are_Listed_Zone_By_Zone_In_Policy_Order_Then_By_Name()
    {
        var devices = SmallOffice.Record("devices");

        Assert.Equal(["core1", "core2", "ap-floor2", "ap-lobby", "wlc1", "acc1", "pbx", "rtr1", "rtr2"], devices.Rows.Select(r => r[0]));
        Assert.Equal(["Production", "Production", "Wireless", "Wireless", "Wireless", "Management", "Management", "Unassigned",
            "Unassigned"], devices.Rows.Select(r => r[7]));
    }

    [Fact]
    public void A_Device_Row_Has_Its_Identity_Address_Poll_Status_And_Which_Credential_Answered()
    {
        var acc1 = SmallOffice.Record("devices").Rows.Single(r => r[0] == "acc1");

        Assert.Equal("acc1 | switch | Cisco | WS-C3560-48PS-S | IOS 12.2(55)SE | FOC0933X1AB | 10.99.0.21 | Management | done"
            + " | v2c community #1 |  | ", string.Join(" | ", acc1));
    }

    [Fact]
    public void Without_Lifecycle_Rows_The_Lifecycle_Status_And_Support_End_Are_Empty()
    {
        var devices = SmallOffice.Record("devices");

        Assert.Equal(["Lifecycle status", "Support ends"], devices.Headers.TakeLast(2));
        Assert.All(devices.Rows, r => Assert.Equal(["", ""], r.TakeLast(2)));
    }

    [Fact]
    public void With_Lifecycle_Rows_A_Device_Shows_Its_Most_Urgent_Status_And_Its_Chassis_Support_End()
    {
        var devices = SmallOffice.Record("devices", "en", OfficeLifecycle.Rows());

        string Lifecycle(string name) => string.Join(" | ", devices.Rows.Single(r => r[0] == name).TakeLast(2));
        Assert.Equal("end of support | 2019-10-31", Lifecycle("acc1"));
        Assert.Equal("within horizon | 2030-10-31", Lifecycle("core1")); // the OS ends sooner; the device's date is its chassis'
        Assert.Equal(" | ", Lifecycle("core2")); // the catalog said nothing about it
    }

    [Fact]
    public void The_Lifecycle_Status_Is_Written_In_Chinese_When_Asked()
    {
        var devices = SmallOffice.Record("devices", "zh-TW", OfficeLifecycle.Rows());

        Assert.Equal(["生命週期狀態", "終止支援日"], devices.Headers.TakeLast(2));
        Assert.Equal(["已終止支援", "2019-10-31"], devices.Rows.Single(r => r[0] == "acc1").TakeLast(2));
        Assert.Equal(["即將終止支援", "2030-10-31"], devices.Rows.Single(r => r[0] == "core1").TakeLast(2));
    }
}
