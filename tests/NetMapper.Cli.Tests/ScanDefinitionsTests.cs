using System.Text.Json;
using static System.Globalization.CultureInfo;

namespace NetMapper.Cli.Tests;

/// <summary><c>scan --definitions FILE</c> and <c>definitions:</c> in scan.yaml, over real UDP against recorded devices.</summary>
public sealed class ScanDefinitionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-definitions-").FullName;
    private string Db => Path.Combine(_dir, "scans.db");

    private const string SiteDefinitions = """
        format: netmapper-definitions/1
        definitions:
          - id: cisco-iosxe
            vendor: Cisco (site)
            os: IOS-XE
            role: firewall
            match: { sysObjectId: [1.3.6.1.4.1.9], sysDescr: 'Cisco IOS Software' }
        """;

    [Fact]
    public async Task A_Definitions_File_Overrides_A_Built_In_Definition_From_The_Flag_And_From_Scan_Yaml()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_dir, "site.yaml"), SiteDefinitions, ct);

        var (exit, _, error) = await CliRunner.RunAsync("scan", "--seed", "127.0.0.31", "--port", port.ToString(InvariantCulture),
            "--community", TinyNetwork.Community, "--db", Db, "--timeout", "0.5", "--definitions", Path.Combine(_dir, "site.yaml"));
        Assert.True(exit == 0, error);
        Assert.Equal(("Cisco (site)", "firewall", "cisco-iosxe"), await R1Async());

        Environment.SetEnvironmentVariable("NETMAPPER_TEST_DEFINITIONS_COMMUNITY", TinyNetwork.Community);
        var config = Path.Combine(_dir, "scan.yaml");
        await File.WriteAllTextAsync(config, $"""
            seeds: [127.0.0.31]
            port: {port}
            credentials:
              - community: env:NETMAPPER_TEST_DEFINITIONS_COMMUNITY
            definitions: [site.yaml]
            """, ct);
        (exit, _, error) = await CliRunner.RunAsync("scan", "--config", config, "--db", Db);
        Assert.True(exit == 0, error);
        Assert.Equal(("Cisco (site)", "firewall", "cisco-iosxe"), await R1Async());
    }

    [Fact]
    public async Task A_Bad_Definitions_File_Is_Named_With_Its_Line_Before_Anything_Is_Sent()
    {
        var file = Path.Combine(_dir, "bad.yaml");
        await File.WriteAllTextAsync(file, SiteDefinitions.Replace("role: firewall", "role: gateway", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);
        var args = new[] { "scan", "--seed", "127.0.0.1", "--community", "x", "--db", Db, "--definitions" };

        var bad = await CliRunner.RunAsync([.. args, file]);
        var missing = await CliRunner.RunAsync([.. args, Path.Combine(_dir, "none.yaml")]);

        Assert.Equal((2, 2), (bad.Exit, missing.Exit));
        Assert.Equal($"netmapper: {file}:6: definitions[0].role: 'gateway' is not a role; roles: unknown, firewall, router, l3Switch, "
            + "switch, wirelessController, accessPoint, loadBalancer, server, host", bad.Err.Trim());
        Assert.Equal($"netmapper: definitions '{Path.Combine(_dir, "none.yaml")}' cannot be read: no such file", missing.Err.Trim());
        Assert.False(File.Exists(Db));
    }

    private async Task<(string?, string?, string?)> R1Async()
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", "devices", "--db", Db, "--json");
        Assert.True(exit == 0, error);
        var r1 = JsonDocument.Parse(output).RootElement.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "r1");
        return (r1.GetProperty("vendor").GetString(), r1.GetProperty("role").GetString(), r1.GetProperty("profile").GetString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
