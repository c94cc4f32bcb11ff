using NetMapper.Discovery.Oui;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

public class OuiRegistryTests
{
    [Theory]
    [InlineData("00-00-0C   (hex)\t\tCisco Systems, Inc\n00000C     (base 16)\t\tCisco Systems, Inc\n\n"
        + "00-1B-21   (hex)\t\tIntel Corporate\n")]
    [InlineData("00-00-0C   (hex)\t\tCisco Systems, Inc\r\n00000C     (base 16)\t\tCisco Systems, Inc\r\n\r\n"
        + "00-1B-21   (hex)\t\tIntel Corporate\r\n")]
    [InlineData("00000C\tCisco Systems, Inc\n001B21\tIntel Corporate")]
    public void Both_The_Ieee_And_The_Arp_Scan_Formats_Are_Read(string text)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            var registry = OuiRegistry.Load(path);
            Assert.Equal(2, registry.Count);
            Assert.Equal("Cisco Systems, Inc", registry.VendorOf(MacAddress.Parse("00:00:0c:12:34:56")));
            Assert.Equal("Intel Corporate", registry.VendorOf(MacAddress.Parse("00:1b:21:12:34:56")));
            Assert.Equal("", registry.VendorOf(MacAddress.Parse("02:00:00:12:34:56"))); // locally administered: no vendor
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_Systems_Ieee_Registry_Names_Real_Vendors()
    {
        Requires.That(OuiRegistry.DefaultPaths.Any(File.Exists), "no IEEE OUI file (Debian: apt-get install ieee-data)");
        var registry = OuiRegistry.LoadDefault();
        Assert.True(registry.Count > 10_000, $"{registry.Source} has only {registry.Count} entries");
        Assert.StartsWith("Cisco", registry.VendorOf(MacAddress.Parse("00:00:0c:00:00:01")), StringComparison.Ordinal);
    }
}
