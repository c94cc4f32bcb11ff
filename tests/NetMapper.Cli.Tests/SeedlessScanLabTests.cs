using System.Globalization;
using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// A scan without seeds in the namespace lab (<see cref="SnmpLab"/>): the scanner sweeps the management subnet with
/// ICMP and tries every live host with its SNMPv3 user. On 10.99.0.0/24: isp .1, fw .2, web .3 (excluded from the
/// scope), core .4, srv1 .5 and srv2 .6 run snmpd; srv2 ignores ping, so only core's LLDP leads the crawl to it; ws1-3
/// (.50-.52) are plain hosts without SNMP.
/// </summary>
public sealed class SeedlessScanLabTests
{
    /// <summary>7 live hosts answer the sweep (not srv2, nor web outside the scope, nor the scanner itself); 4 of them
    /// answer SNMP; srv2 is polled as well, found through core.</summary>
    private const string Counts = "without seeds: 7 live hosts swept, 4 answered SNMP, 5 devices polled";

    private static readonly string[] Polled = ["core", "fw", "isp", "srv1", "srv2"];

    [Fact]
    public async Task A_Scan_Without_Seeds_Polls_The_Swept_Hosts_That_Answer_Snmp_Crawls_On_And_Never_Leaves_Its_Scope()
    {
        await using var lab = await SnmpLab.StartAsync();
        await lab.AddPlainHostAsync("ws2", "10.99.0.51");
        await lab.AddPlainHostAsync("ws3", "10.99.0.52");
        await lab.Lab.ExecAsync(lab.Ns("srv2"), "sysctl", "-q", "-w", "net.ipv4.icmp_echo_ignore_all=1");
        var dir = Directory.CreateTempSubdirectory("netmapper-seedless-").FullName;
        try
        {
            var db = Path.Combine(dir, "lab.db");
            var (exit, output, error) = await lab.Lab.NetMapperAsync(lab.Scanner, TimeSpan.FromMinutes(5),
                "scan", "--scope", "10.99.0.0/24", "--exclude", "10.99.0.3/32", "--sweep", "icmp", "--v3-user", SnmpLab.V3User,
                "--db", db, "--timeout", "1", "--retries", "1", "--concurrency", "4");
            Assert.True(exit == 0, $"{error}\n{output}");
            Assert.Contains(Counts, output, StringComparison.Ordinal);

            var devices = await ShowAsync(db, "devices");
            var status = devices.ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("status").GetString());
            Assert.Equal([.. Polled, "web"], status.Keys.Order(StringComparer.Ordinal));
            Assert.All(Polled, name => Assert.Equal("done", status[name]));
            Assert.Equal("notPolled", status["web"]); // fw announces it over LLDP, at an address the scope excludes
            // The plain hosts are hosts the sweep found, not devices.
            var hosts = await ShowAsync(db, "hosts");
            var swept = hosts.Where(h => Methods(h).Contains("icmp")).Select(h => h.GetProperty("ip").GetString()!);
            Assert.Equal(["10.99.0.50", "10.99.0.51", "10.99.0.52"], swept.Order(StringComparer.Ordinal));

            // The same scan from scan.yaml: no seeds there either, the secrets from the environment.
            Environment.SetEnvironmentVariable("NETMAPPER_LAB_AUTH", SnmpLab.AuthPass);
            Environment.SetEnvironmentVariable("NETMAPPER_LAB_PRIV", SnmpLab.PrivPass);
            var config = Path.Combine(dir, "scan.yaml");
            await File.WriteAllTextAsync(config, $$"""
                scope: [10.99.0.0/24]
                exclude: [10.99.0.3/32]
                sweeps: [icmp]
                credentials:
                  - v3: {user: {{SnmpLab.User}}, auth: SHA-256, authKey: env:NETMAPPER_LAB_AUTH,
                         priv: AES, privKey: env:NETMAPPER_LAB_PRIV}
                limits: {timeout: 1, retries: 1, concurrency: 4}
                db: {{db}}
                """, TestContext.Current.CancellationToken);
            var fromYaml = await lab.Lab.NetMapperAsync(lab.Scanner, TimeSpan.FromMinutes(5), "scan", "--config", config);
            Assert.True(fromYaml.ExitCode == 0, $"{fromYaml.Stderr}\n{fromYaml.Stdout}");
            Assert.Contains("scan 2: complete", fromYaml.Stdout, StringComparison.Ordinal);
            Assert.Contains(Counts, fromYaml.Stdout, StringComparison.Ordinal);

            // Neither scan sent web (outside the scope) a single SNMP request or ping; fw, inside it, had both.
            Assert.Equal((0, 0), await UdpAndEchoesReceivedAsync(lab, "web"));
            var (fwUdp, fwEchoes) = await UdpAndEchoesReceivedAsync(lab, "fw");
            Assert.True(fwUdp > 0 && fwEchoes > 0, $"fw received {fwUdp} UDP datagrams and {fwEchoes} pings");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>UDP datagrams and ICMP echo requests a namespace received, from its own /proc/net/snmp.</summary>
    private static async Task<(long Udp, long Echoes)> UdpAndEchoesReceivedAsync(SnmpLab lab, string device)
    {
        var (exit, snmp, error) = await lab.Lab.RunInAsync(lab.Ns(device), TimeSpan.FromSeconds(30), "cat", "/proc/net/snmp");
        Assert.True(exit == 0, error);
        var lines = snmp.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        long Counter(string protocol, string name)
        {
            // Each protocol has a line of names and then a line of values.
            var rows = lines.Where(l => l.StartsWith($"{protocol}: ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToArray();
            return long.Parse(rows[1][Array.IndexOf(rows[0], name)], CultureInfo.InvariantCulture);
        }
        return (Counter("Udp", "InDatagrams") + Counter("Udp", "NoPorts"), Counter("Icmp", "InEchos"));
    }

    private static IEnumerable<string?> Methods(JsonElement host) =>
        host.GetProperty("methods").EnumerateArray().Select(m => m.GetString());

    private static async Task<List<JsonElement>> ShowAsync(string db, string what)
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", what, "--db", db, "--json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }
}
