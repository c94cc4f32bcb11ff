using System.Net;
using System.Text.Json;
using static System.Globalization.CultureInfo;

namespace NetMapper.Cli.Tests;

/// <summary><c>netmapper scan</c> over real UDP against recorded devices on loopback, then <c>show</c> on the stored scan.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-scan-").FullName;
    private string Db => Path.Combine(_dir, "scans.db");

    private string[] ScanArgs(int port) =>
        ["scan", "--seed", "127.0.0.31", "--scope", TinyNetwork.InScope[0], "--scope", TinyNetwork.InScope[1],
         "--port", port.ToString(InvariantCulture), "--community", TinyNetwork.Community, "--db", Db, "--timeout", "0.5"];

    [Fact]
    public async Task A_Scan_Follows_Lldp_Inside_The_Scope_And_Never_Contacts_An_Address_Outside_It()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);

        var (exit, output, error) = await CliRunner.RunAsync(ScanArgs(port));

        Assert.True(exit == 0, error + output);
        Assert.Equal(0, lab.ResponsesSentFrom(IPAddress.Parse("127.0.0.34")));
        var devices = await ShowJsonAsync("devices");
        Assert.Equal(["outside", "r1", "sw1", "sw2"], devices.Select(d => d.GetProperty("name").GetString()).Order());
        Assert.Equal("notPolled", devices.Single(d => d.GetProperty("name").GetString() == "outside").GetProperty("status").GetString());
        var polled = devices.Where(d => d.GetProperty("name").GetString() != "outside");
        Assert.All(polled, d => Assert.Equal("done", d.GetProperty("status").GetString()));
        var links = await ShowJsonAsync("links");
        Assert.Equal(3, links.Count);
        Assert.Equal(2, links.Count(l => l.GetProperty("confidence").GetString() == "high"));
        Assert.DoesNotContain("snmp-default-community", output, StringComparison.Ordinal); // lab-ro is no default community
    }

    [Fact]
    public async Task Show_Json_Has_The_Documented_Fields()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);
        Assert.Equal(0, (await CliRunner.RunAsync(ScanArgs(port))).Exit);

        var r1 = (await ShowJsonAsync("devices")).Single(d => d.GetProperty("name").GetString() == "r1");
        var deviceFields = new[]
        {
            "id", "name", "vendor", "model", "serial", "osName", "osVersion", "role", "managementAddresses", "chassisId",
            "interfaceCount", "vlanCount", "neighborCount", "status",
        };
        foreach (var field in deviceFields)
            Assert.True(r1.TryGetProperty(field, out _), $"show devices --json lacks '{field}'");
        var r1Facts = (r1.GetProperty("id").GetString(), r1.GetProperty("vendor").GetString(),
            r1.GetProperty("osName").GetString(), r1.GetProperty("osVersion").GetString(),
            r1.GetProperty("interfaceCount").GetInt32(), r1.GetProperty("neighborCount").GetInt32());
        Assert.Equal(("mac:00:00:0c:31:00:00", "Cisco", "IOS-XE", "16.9.5", 3, 1), r1Facts);
        Assert.Equal(JsonValueKind.Array, r1.GetProperty("managementAddresses").ValueKind);

        var link = (await ShowJsonAsync("links")).First();
        foreach (var field in new[] { "a", "b", "protocols", "confidence", "backup" })
            Assert.True(link.TryGetProperty(field, out _), $"show links --json lacks '{field}'");
        Assert.True(link.GetProperty("a").TryGetProperty("device", out _) && link.GetProperty("a").TryGetProperty("port", out _));
        Assert.Equal(JsonValueKind.False, link.GetProperty("backup").ValueKind);

        var subnets = await ShowJsonAsync("subnets");
        Assert.Equal("10.31.0.0/24", Assert.Single(subnets).GetProperty("prefix").GetString());
        var member = subnets[0].GetProperty("members").EnumerateArray().Single(m => m.GetProperty("device").GetString() == "r1");
        Assert.Equal("mac:00:00:0c:31:00:00", member.GetProperty("deviceId").GetString());
        Assert.All(new[] { "interface", "address" }, f => Assert.Equal(JsonValueKind.String, member.GetProperty(f).ValueKind));
        var hosts = await ShowJsonAsync("hosts");
        Assert.Contains(hosts,
            h => h.GetProperty("ip").GetString() == "10.31.0.50" && h.GetProperty("mac").GetString() == "52:54:00:31:00:50");
    }

    [Fact]
    public async Task Every_Scan_Is_Kept_And_Listed()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);
        Assert.Equal(0, (await CliRunner.RunAsync(ScanArgs(port))).Exit);
        Assert.Equal(0, (await CliRunner.RunAsync(ScanArgs(port))).Exit);

        var (exit, output, _) = await CliRunner.RunAsync("scans", "--db", Db, "--json");
        Assert.Equal(0, exit);
        using var scans = JsonDocument.Parse(output);
        Assert.Equal([1, 2], scans.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()));
        Assert.All(scans.RootElement.EnumerateArray(), s => Assert.Equal("complete", s.GetProperty("status").GetString()));
        Assert.All(scans.RootElement.EnumerateArray(),
            s => Assert.DoesNotContain(TinyNetwork.Community, s.GetRawText(), StringComparison.Ordinal));
        Assert.Equal(4, (await ShowJsonAsync("devices", scan: "1")).Count);
    }

    [Fact]
    public async Task Ctrl_C_Mid_Scan_Keeps_What_Was_Collected_As_An_Incomplete_Scan()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port, responseDelay: TimeSpan.FromMilliseconds(10));
        using var cancel = new CancellationTokenSource();
        // One device at a time: once sw1 answers, r1 is stored; Ctrl-C then, while sw1 is being polled.
        var pressCtrlC = Task.Run(async () =>
        {
            while (lab.ResponsesSentFrom(IPAddress.Parse("127.0.0.32")) == 0) await Task.Delay(5);
            await cancel.CancelAsync();
        }, TestContext.Current.CancellationToken);

        var (exit, _, error) = await CliRunner.RunAsync(cancel.Token, [.. ScanArgs(port), "--concurrency", "1"]);
        await pressCtrlC;

        Assert.True(exit == 130, $"exit {exit}: {error}"); // the usual code of a process stopped by SIGINT
        var (_, output, _) = await CliRunner.RunAsync("scans", "--db", Db, "--json");
        using var scans = JsonDocument.Parse(output);
        var scan = Assert.Single(scans.RootElement.EnumerateArray());
        Assert.Equal("incomplete", scan.GetProperty("status").GetString());
        Assert.Equal("stopped by the operator", scan.GetProperty("note").GetString());
        var devices = await ShowJsonAsync("devices");
        Assert.InRange(devices.Count(d => d.GetProperty("status").GetString() != "notPolled"), 1, 2);
    }

    [Fact]
    public async Task A_Scan_Where_Nothing_Answers_Exits_Non_Zero()
    {
        var port = FreePort.Udp().ToString(InvariantCulture);
        var (exit, output, _) = await CliRunner.RunAsync("scan", "--seed", "127.0.0.31", "--port", port,
            "--community", "x", "--db", Db, "--timeout", "0.2", "--retries", "0");
        Assert.Equal(1, exit);
        Assert.Contains("Unreachable", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--seed", "10.0.0.1", "--scope", "127.0.0.0/8", "--community", "x" }, "seed 10.0.0.1 is outside the scope")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--scope", "127.0.0/8", "--community", "x" }, "scope '127.0.0/8' is not a CIDR prefix")]
    [InlineData(new[] { "--seed", "127.0.0.1" }, "at least one credential")]
    [InlineData(new[] { "--community", "x" }, "give a seed address or a sweep to find devices by: --seed ADDRESS or --sweep")]
    [InlineData(new[] { "--community", "x", "--sweep", "icmp" }, "without a seed the scan sweeps its scope for devices: give --scope")]
    [InlineData(new[] { "--scope", "127.0.0.0/24", "--community", "x", "--sweep", "arp" }, "--sweep 'arp': ARP is sent through one")]
    [InlineData(new[] { "--scope", "10.0.0.0/16", "--community", "x", "--sweep", "icmp" }, "65534 addresses, more than the limit of 4096")]
    [InlineData(new[] { "--scope", "127.0.0.0/30", "--community", "x", "--sweep", "icmp", "--sweep-limit", "0" }, "sweep limit 0 must be")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--community", "x", "--concurrency", "0" }, "concurrency 0 must be from 1")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--v3-user", "ops:SHA:env:NETMAPPER_TEST_UNSET:AES:x" }, "NETMAPPER_TEST_UNSET")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--community", "x", "--sweep", "tcp" }, "--sweep 'tcp': 'tcp' is not a sweep method")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--community", "x", "--sweep", "ICMP" }, "'ICMP' is not a sweep method: use arp:INTERFACE")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--community", "x", "--sweep", "arp" }, "--sweep 'arp': ARP is sent through one interface")]
    [InlineData(new[] { "--seed", "127.0.0.1", "--community", "x", "--sweep", "icmp:eth0" }, "ICMP is routed, it takes no interface")]
    public async Task Bad_Scan_Input_Is_Named_Before_Anything_Is_Sent(string[] arguments, string expected)
    {
        var (exit, _, error) = await CliRunner.RunAsync(["scan", .. arguments, "--db", Db]);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_Yaml_Configuration_Is_Read_And_Its_Mistakes_Are_Named_With_The_Line()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);
        Environment.SetEnvironmentVariable("NETMAPPER_TEST_LAB_COMMUNITY", TinyNetwork.Community);
        var config = Path.Combine(_dir, "scan.yaml");
        await File.WriteAllTextAsync(config, $"""
            seeds: [127.0.0.31]
            scope: [127.0.0.31/32, 127.0.0.32/31]
            port: {port}
            credentials:
              - community: env:NETMAPPER_TEST_LAB_COMMUNITY
            limits:
              timeout: 0.5
            """, TestContext.Current.CancellationToken);
        var (exit, _, error) = await CliRunner.RunAsync("scan", "--config", config, "--db", Db);
        Assert.True(exit == 0, error);
        Assert.Equal(4, (await ShowJsonAsync("devices")).Count);

        await File.WriteAllTextAsync(config, "seeds: [127.0.0.31]\nscopes: [127.0.0.0/24]\n", TestContext.Current.CancellationToken);
        var bad = await CliRunner.RunAsync("scan", "--config", config, "--db", Db);
        Assert.Equal(2, bad.Exit);
        Assert.Contains($"{config}:2:", bad.Err, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> ShowJsonAsync(string what, string scan = "latest")
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", what, "--db", Db, "--scan", scan, "--json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
