using NetMapper.Topology;

namespace NetMapper.Records.Tests;

public class VendorNameTests
{
    private static readonly Dictionary<int, string> Registry = new()
    {
        [MacAddress.Parse("00:50:56:00:00:00").Oui] = "VMware, Inc.",
        [MacAddress.Parse("00:1f:ca:00:00:00").Oui] = "Cisco Systems, Inc",
        [MacAddress.Parse("94:f1:28:00:00:00").Oui] = "Hewlett Packard Enterprise",
    };

    private static readonly VendorNames Names = new(mac => Registry.GetValueOrDefault(mac.Oui, ""));

    [Theory]
    [InlineData("Cisco Systems, Inc", "Cisco")]
    [InlineData("cisco systems, inc", "Cisco")]
    [InlineData("VMware, Inc.", "VMware")]
    [InlineData("Hewlett Packard", "HP")]
    [InlineData("Brother industries, LTD.", "Brother")]
    [InlineData("Meinberg Funkuhren GmbH & Co. KG", "Meinberg")]
    [InlineData("Acme Widgets Co., Ltd.", "Acme Widgets")]
    [InlineData("Globex Corporation", "Globex")]
    [InlineData("Cisco", "Cisco")]
    [InlineData("", "")]
    public void A_Registry_Name_Is_Written_In_Its_Short_Form(string registered, string shortForm) =>
        Assert.Equal(shortForm, VendorNames.ShortForm(registered));

    [Fact]
    public void A_Server_Identified_By_Its_Snmp_Agent_Is_Named_By_The_Oui_Of_Its_Interfaces_As_Its_Hosts_Are()
    {
        var server = new Device("vm") { Vendor = "net-snmp", Interfaces = [Port(1, "00:50:56:aa:00:01"), Port(2, "00:50:56:aa:00:02")] };

        Assert.Equal("VMware", Names.OfDevice(server));
        Assert.Equal("VMware", Names.OfMac(MacAddress.Parse("00:50:56:bb:00:01"), "VMware, Inc."));
    }

    [Fact]
    public void A_Device_Without_A_Known_Mac_Keeps_The_Vendor_It_Was_Identified_As_In_Short_Form()
    {
        var router = new Device("r") { Vendor = "Cisco Systems, Inc", Interfaces = [Port(1, "02:00:00:00:00:01")] };

        Assert.Equal("Cisco", Names.OfDevice(router)); // a locally administered MAC names no vendor
        Assert.Equal("HPE Aruba", Names.OfDevice(new Device("sw") { Vendor = "HPE Aruba" }));
    }

    [Fact]
    public void Without_A_Registry_A_Host_Keeps_The_Registrant_The_Scan_Recorded()
    {
        var mac = MacAddress.Parse("00:1f:ca:00:00:09");

        Assert.Equal("Cisco", VendorNames.WithoutRegistry.OfMac(mac, "Cisco Systems, Inc"));
        Assert.Equal("Cisco", Names.OfMac(mac));
    }

    private static DeviceInterface Port(int ifIndex, string mac) => new(ifIndex, $"eth{ifIndex}") { Mac = MacAddress.Parse(mac) };
}
