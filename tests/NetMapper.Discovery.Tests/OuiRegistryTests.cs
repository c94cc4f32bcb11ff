using NetMapper.Discovery.Oui;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

public class OuiRegistryTests
{
    [Fact]
    public void Both_The_Ieee_And_The_Arp_Scan_Formats_Are_Read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["00-00-0C   (hex)\t\tCisco Systems, Inc", "00000C     (base 16)\t\tCisco Systems, Inc", "", "001B21\tIntel Corporate"]);
            var registry = OuiRegistry.Load(path);
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
