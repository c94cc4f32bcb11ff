using System.Net;

namespace NetMapper.Topology.Tests;

public class IpAddressingTests
{
    [Theory]
    [InlineData("10.1.2.3", 32)]
    [InlineData("2001:db8::1", 128)]
    public void The_Longest_Prefix_Follows_The_Address_Family(string address, int expected)
    {
        Assert.Equal(expected, IpAddressing.MaxPrefixLength(IPAddress.Parse(address)));
        Assert.Equal($"{address}/{expected}", IpPrefix.Host(IPAddress.Parse(address)).ToString());
        Assert.Equal(expected, IpPrefix.Parse(address).MaxLength);
    }

    [Fact]
    public void Addresses_Sort_IPv4_First_Then_Numerically()
    {
        string[] shuffled = ["2001:db8::1", "192.0.2.1", "10.0.0.2", "10.0.0.10", "::1", "9.255.255.255"];
        var sorted = shuffled.Select(IPAddress.Parse).Order(IpAddressing.Order).Select(a => a.ToString());
        Assert.Equal(["9.255.255.255", "10.0.0.2", "10.0.0.10", "192.0.2.1", "::1", "2001:db8::1"], sorted);
    }

    [Fact]
    public void A_Missing_Address_Sorts_First() =>
        Assert.True(IpAddressing.Order.Compare(null, IPAddress.Parse("0.0.0.0")) < 0);
}
