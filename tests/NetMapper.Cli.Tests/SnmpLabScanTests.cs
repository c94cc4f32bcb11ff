using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>The scanner, inside its own namespace, against real snmpd + lldpd devices: everything found, nothing invented.</summary>
public sealed class SnmpLabScanTests
{
    [Fact]
    public async Task A_Scan_Finds_Every_Device_Lldp_Link_Subnet_And_Swept_Host_And_Nothing_Else()
    {
        await using var lab = await SnmpLab.StartAsync();
        var dir = Directory.CreateTempSubdirectory("netmapper-labscan-").FullName;
        try
        {
            var db = Path.Combine(dir, "lab.db");
            var (exit, output, error) = await lab.Lab.NetMapperAsync(lab.Scanner, TimeSpan.FromMinutes(3),
                "scan", "--seed", "10.99.0.2", "--scope", "10.99.0.0/24",
                "--v3-user", SnmpLab.V3User, "--sweep", "arp:mgmt0", "--sweep", "icmp", "--db", db, "--timeout", "1");
            Assert.True(exit == 0, $"{error}\n{output}");

            var devices = await ShowAsync(db, "devices");
            Assert.Equal(SnmpLab.Devices.Select(d => d.Name).Order(), devices.Select(d => d.GetProperty("name").GetString()).Order());
            Assert.All(devices, d => Assert.Equal("done", d.GetProperty("status").GetString()));
            Assert.All(devices, d => Assert.Equal("v3 netmapper AuthPriv", d.GetProperty("credential").GetString()));

            var names = devices.ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("name").GetString()!);
            var links = (await ShowAsync(db, "links")).Select(l =>
            {
                var ends = new[] { NamedEnd(l, "a", names), NamedEnd(l, "b", names) }.Order().ToArray();
                return $"{ends[0].Item1}:{ends[0].Item2}-{ends[1].Item1}:{ends[1].Item2} {l.GetProperty("confidence").GetString()}";
            }).Order(StringComparer.Ordinal).ToArray();
            var expected = SnmpLab.Cables.Select(c => new[] { (c.A, c.AIf), (c.B, c.BIf) }.Order().ToArray())
                .Select(e => $"{e[0].Item1}:{e[0].Item2}-{e[1].Item1}:{e[1].Item2} high").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, links);

            var subnets = (await ShowAsync(db, "subnets")).Select(s => s.GetProperty("prefix").GetString()!)
                .Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(["10.1.10.0/24", "10.1.255.0/30", "10.99.0.0/24", "172.16.50.0/24", "203.0.113.0/29"], subnets);

            // The sweeps of the management network find the plain host (and the scanner itself is no host of the lab).
            var hosts = await ShowAsync(db, "hosts");
            var swept = hosts.Where(WasSwept).Select(h => h.GetProperty("ip").GetString()!)
                .Distinct().Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(["10.99.0.50"], swept);
            var ws1 = hosts.Single(h => h.GetProperty("ip").GetString() == "10.99.0.50");
            var ws1Methods = ws1.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).Where(m => m != "arp-table");
            Assert.Equal(["arp", "icmp"], ws1Methods);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>One end of a shown link as (device name, port).</summary>
    private static (string, string) NamedEnd(JsonElement link, string end, Dictionary<string, string> names) =>
        (names[link.GetProperty(end).GetProperty("device").GetString()!], link.GetProperty(end).GetProperty("port").GetString()!);

    private static bool WasSwept(JsonElement host) =>
        host.GetProperty("methods").EnumerateArray().Any(m => m.GetString() is "arp" or "icmp");

    private static async Task<List<JsonElement>> ShowAsync(string db, string what)
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", what, "--db", db, "--json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }
}
