using NetMapper.Lab.Spec;

namespace NetMapper.Lab.Tests;

public class NetworkLoaderTests
{
    [Theory]
    [InlineData(
        "- core GigabitEthernet1/0/1 -- access 24 trunk 10",
        "- core GigabitEthernet1/0/1 -- access 24 trunk 77",
        "VLAN 77 is not among the vlans")]
    [InlineData(
        "- core GigabitEthernet1/0/1 -- access 24 trunk 10",
        "- core GigabitEthernet1/0/1 -- nowhere 24",
        "'nowhere' is neither a listed device nor a listed host")]
    [InlineData(
        "- core GigabitEthernet1/0/1 -- access 24 trunk 10",
        "- core GigabitEthernet1/0/1 -- access 24\n  - core GigabitEthernet1/0/1 -- access 23",
        "core GigabitEthernet1/0/1 is already cabled to access 24")]
    [InlineData(
        "mgmt: 127.30.0.2, snmp: v2c",
        "mgmt: 10.9.9.9, snmp: v2c",
        "device 'access': mgmt '10.9.9.9' is not an address in the management subnet 127.30.0.0/24")]
    [InlineData("mgmt: 127.30.0.2, snmp: v2c", "mgmt: 127.30.0.2, snmp: v1", "device 'access': snmp 'v1' must be v3, v2c or none")]
    [InlineData(
        "model: JL258A, os: WC.16.10, serial: CN1",
        "model: JL999, os: WC.16.10, serial: CN1",
        "device 'access': model 'JL999' is not among the models")]
    [InlineData(
        "addresses: [\"Vlan10 10.0.10.1/24\"] }",
        "addresses: [\"Vlan10 10.0.10.1/24\"], routes: [\"0.0.0.0/0 via 10.0.10.254 bgp metric high\"] }",
        "device 'core': route '0.0.0.0/0 via 10.0.10.254 bgp metric high': metric 'high' must be a whole number of 0 or more")]
    [InlineData("vlans:", "vlans: [", "line")]
    [InlineData("network: two-switches", "network: two-switches\nseed: nowhere", "seed 'nowhere' is not a listed device")]
    public void A_Mistake_Is_Reported_With_The_File_And_The_Entry(string original, string mistake, string message)
    {
        var path = TwoSwitches.Write();
        try
        {
            File.WriteAllText(path, TwoSwitches.Yaml.Replace(original, mistake, StringComparison.Ordinal));
            var error = Assert.Throws<LabSpecException>(() => NetworkLoader.Load(path));
            Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_Route_Keeps_The_Metric_It_Is_Given_So_A_Backup_Line_Can_Be_Less_Preferred()
    {
        var path = TwoSwitches.Write();
        try
        {
            const string addresses = "addresses: [\"Vlan10 10.0.10.1/24\"]";
            string routes = addresses + ", routes: [\"0.0.0.0/0 via 10.0.10.254 bgp metric 100\", \"10.9.0.0/16 via 10.0.10.253\"]";
            File.WriteAllText(path, TwoSwitches.Yaml.Replace(addresses, routes, StringComparison.Ordinal));

            var core = NetworkLoader.Load(path).Devices.Single(d => d.Name == "core");

            Assert.Equal([("bgp", 100), ("static", (int?)null)], core.Routes.Select(r => (r.Protocol, r.Metric)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_Missing_File_Is_Named()
    {
        var error = Assert.Throws<LabSpecException>(() => NetworkLoader.Load("/nonexistent/network.yaml"));
        Assert.Equal("network description '/nonexistent/network.yaml' does not exist", error.Message);
    }
}
