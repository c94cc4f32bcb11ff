using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// ARP and ICMP sweeps inside a namespace lab: the scanner's namespace (10.77.0.1/16) and two host namespaces on one
/// Linux bridge: "hosts" with 10.77.1.1-100, and "rogue" that also claims 10.77.1.50. netmapper runs inside the
/// scanner's namespace, so nothing it sends can leave the lab.
/// </summary>
public sealed class SweepLabTests
{
    private static async Task<(NamespaceLab Lab, string Scanner)> BuildAsync()
    {
        var lab = await NamespaceLab.CreateAsync();
        try
        {
            var scanner = await lab.AddNamespaceAsync("scan");
            var hosts = await lab.AddNamespaceAsync("hosts");
            var rogue = await lab.AddNamespaceAsync("rogue");
            var sw = await lab.AddNamespaceAsync("sw");
            await lab.ExecAsync(sw, "ip", "link", "add", "br0", "type", "bridge");
            await lab.ExecAsync(sw, "ip", "link", "set", "br0", "up");
            foreach (var (ns, inside, port) in new[] { (scanner, "s0", "p-scan"), (hosts, "h0", "p-hosts"), (rogue, "r0", "p-rogue") })
            {
                await lab.ConnectAsync(ns, inside, sw, port);
                await lab.ExecAsync(sw, "ip", "link", "set", port, "master", "br0");
                await lab.ExecAsync(sw, "ip", "link", "set", port, "up");
                await lab.ExecAsync(ns, "ip", "link", "set", inside, "up");
            }
            await lab.ExecAsync(scanner, "ip", "address", "add", "10.77.0.1/16", "dev", "s0");
            await lab.AddAddressesAsync(hosts, "h0", Enumerable.Range(1, 100).Select(i => $"10.77.1.{i}/16"));
            await lab.AddAddressesAsync(rogue, "r0", ["10.77.1.50/16", "10.77.2.1/16"]);
            return (lab, scanner);
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task An_Arp_Sweep_Finds_Every_Live_Host_And_Reports_The_Address_Two_Macs_Answer_For()
    {
        var (lab, scanner) = await BuildAsync();
        await using var _ = lab;
        var (exit, output, error) = await lab.NetMapperAsync(scanner, TimeSpan.FromMinutes(2),
            "sweep", "arp", "--interface", "s0", "--range", "10.77.1.0/24", "--json");
        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output);
        var hosts = result.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("ip").GetString()).ToArray();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"10.77.1.{i}"), hosts);
        var conflict = Assert.Single(result.RootElement.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("10.77.1.50", conflict.GetProperty("ip").GetString());
        Assert.Equal(2, conflict.GetProperty("macs").GetArrayLength());
    }

    [Fact]
    public async Task An_Icmp_Sweep_Finds_Every_Live_Host_And_Never_Probes_Excluded_Addresses()
    {
        var (lab, scanner) = await BuildAsync();
        await using var _ = lab;
        var (exit, output, error) = await lab.NetMapperAsync(scanner, TimeSpan.FromMinutes(2),
            "sweep", "icmp", "--range", "10.77.1.0/24", "--exclude", "10.77.1.0/26", "--json");
        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(Enumerable.Range(64, 37).Select(i => $"10.77.1.{i}"),
            result.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("ip").GetString()));
        Assert.Equal(191, result.RootElement.GetProperty("probed").GetInt32()); // .64-.254
    }

    /// <summary>Runs netmapper in the scanner namespace as the unprivileged user nobody.</summary>
    private static Task<(int ExitCode, string Stdout, string Stderr)> AsNobodyAsync(NamespaceLab lab, string ns, params string[] args) =>
        lab.RunInAsync(ns, TimeSpan.FromMinutes(2), [
            "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp",
            "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "dotnet", Path.Combine(AppContext.BaseDirectory, "netmapper.dll"), .. args]);

    [Fact]
    public async Task Without_Privileges_An_Arp_Sweep_Says_What_It_Needs()
    {
        Requires.Tool("setpriv");
        var (lab, scanner) = await BuildAsync();
        await using var _ = lab;
        var (exit, _, error) = await AsNobodyAsync(lab, scanner, "sweep", "arp", "--interface", "s0", "--range", "10.77.1.0/24");
        Assert.Equal(3, exit); // this machine lacks a privilege: the environment exit code
        Assert.Contains("needs root or CAP_NET_RAW", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_Privileges_The_Icmp_Sweep_Uses_The_Unprivileged_Icmp_Socket_Where_Allowed()
    {
        Requires.Tool("setpriv");
        var (lab, scanner) = await BuildAsync();
        await using var _ = lab;
        await lab.ExecAsync(scanner, "sysctl", "-q", "-w", "net.ipv4.ping_group_range=1 0"); // nobody may not: a clear refusal
        var refused = await AsNobodyAsync(lab, scanner, "sweep", "icmp", "--range", "10.77.1.0/28");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("net.ipv4.ping_group_range", refused.Stderr, StringComparison.Ordinal);

        await lab.ExecAsync(scanner, "sysctl", "-q", "-w", "net.ipv4.ping_group_range=0 2147483647"); // now it may
        var (exit, output, error) = await AsNobodyAsync(lab, scanner, "sweep", "icmp", "--range", "10.77.1.0/28", "--json");
        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output);
        var hosts = result.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("ip").GetString());
        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"10.77.1.{i}"), hosts);
    }

    [Fact]
    public async Task A_Sweep_Larger_Than_The_Limit_Is_Refused_Unless_Raised()
    {
        var (exit, _, error) = await CliRunner.RunAsync("sweep", "icmp", "--range", "10.0.0.0/16");
        Assert.Equal(2, exit);
        Assert.Contains("65534 addresses, more than the limit of 4096", error, StringComparison.Ordinal);
    }
}
