using System.Net;

namespace NetMapper.Topology.Tests;

public class AddressingTests
{
    [Theory]
    [InlineData("00:1A:2b:3c:4d:5e")]
    [InlineData("00-1a-2b-3c-4d-5e")]
    [InlineData("001a.2b3c.4d5e")]
    [InlineData("001a2b3c4d5e")]
    public void Mac_Addresses_Parse_In_Every_Common_Notation(string text) =>
        Assert.Equal("00:1a:2b:3c:4d:5e", MacAddress.Parse(text).ToString());

    [Theory]
    [InlineData("00:1a:2b:3c:4d")]
    [InlineData("00:1a:2b:3c:4d:5e:6f")]
    [InlineData("zz:1a:2b:3c:4d:5e")]
    public void Invalid_Mac_Addresses_Are_Refused(string text) => Assert.False(MacAddress.TryParse(text, out _));

    [Fact]
    public void Prefixes_Clear_Host_Bits_And_Know_Their_Members()
    {
        var prefix = IpPrefix.Parse("10.1.110.7/24");
        Assert.Equal("10.1.110.0/24", prefix.ToString());
        Assert.True(prefix.Contains(IPAddress.Parse("10.1.110.254")));
        Assert.False(prefix.Contains(IPAddress.Parse("10.1.111.1")));
        Assert.Equal(256, prefix.Size);
        Assert.Equal(22, IpPrefix.FromMask(IPAddress.Parse("10.0.4.1"), IPAddress.Parse("255.255.252.0"))!.Value.Length);
        Assert.Null(IpPrefix.FromMask(IPAddress.Parse("10.0.4.1"), IPAddress.Parse("255.0.255.0")));
    }

    [Theory]
    [InlineData("10.0.0.0/33", "0 to 32")]
    [InlineData("10.0.0/8", "not an IP address")]
    [InlineData("", "empty")]
    public void Bad_Prefixes_Say_What_Is_Wrong(string text, string expected)
    {
        Assert.False(IpPrefix.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GigabitEthernet1/0/1", "Gi1/0/1")]
    [InlineData("TenGigabitEthernet1/1/4", "te1/1/4")]
    [InlineData("Port-channel10", "Po10")]
    [InlineData("Ethernet49/1", "Eth49/1")]
    public void Long_And_Short_Port_Names_Are_The_Same_Port(string a, string b) => Assert.True(InterfaceNames.Equivalent(a, b));

    [Fact]
    public void Different_Ports_Are_Not_Equivalent()
    {
        Assert.False(InterfaceNames.Equivalent("GigabitEthernet1/0/1", "Gi1/0/10"));
        Assert.False(InterfaceNames.Equivalent("GigabitEthernet1/0/1", "TenGigabitEthernet1/0/1"));
    }

    [Theory]
    [InlineData("TwentyFiveGigE1/0/15", "Twe1/0/15")]
    [InlineData("GigabitEthernet0/0/1", "Gi0/0/1")]
    [InlineData("TenGigabitEthernet1/1/4", "Te1/1/4")]
    [InlineData("Port-channel10", "Po10")]
    [InlineData("Bundle-Ether1", "BE1")]
    [InlineData("port1", "port1")]
    [InlineData("ens192", "ens192")]
    [InlineData("Gi1/0/1", "Gi1/0/1")]
    public void Diagrams_Write_The_Short_Port_Name_Engineers_Use(string name, string expected) =>
        Assert.Equal(expected, InterfaceNames.Short(name));

    [Theory]
    [InlineData("Gi1/0/1", "GigabitEthernet1/0/1", "Gi1/0/1")]
    [InlineData("", "GigabitEthernet1/0/1", "GigabitEthernet1/0/1")]
    [InlineData("", "", "ifIndex 7")]
    public void A_Port_Is_Named_By_IfName_Else_IfDescr_Else_Its_IfIndex(string name, string description, string expected)
    {
        var port = new DeviceInterface(7, name) { Description = description };
        Assert.Equal(expected, InterfaceNames.Of(port));
        Assert.Equal(expected, new Device("d") { Interfaces = [port] }.PortName(7));
    }

    [Fact]
    public void A_Port_The_Device_Did_Not_List_Is_Named_By_IfIndex_And_IfIndex_0_Is_No_Port()
    {
        Assert.Equal("ifIndex 12", new Device("d").PortName(12));
        Assert.Equal("", new Device("d").PortName(0));
    }
}
