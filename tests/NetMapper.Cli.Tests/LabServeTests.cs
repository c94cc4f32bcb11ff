using System.Diagnostics;

namespace NetMapper.Cli.Tests;

public class LabServeTests
{
    [Fact]
    public async Task Serving_On_A_Non_Loopback_Address_Needs_Explicit_Permission()
    {
        var dir = Directory.CreateTempSubdirectory("netmapper-lab-").FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "dev.snmprec"), "1.3.6.1.2.1.1.1.0|4|x\n", TestContext.Current.CancellationToken);
        var (exit, _, error) = await CliRunner.RunAsync("lab", "serve", dir, "--listen", "192.0.2.1:1161");
        Assert.Equal(2, exit);
        Assert.Contains("--allow-any-address", error, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData(new[] { "/nonexistent/recordings" }, "does not exist")]
    [InlineData(new[] { ".", "--first-address", "not-an-ip" }, "not-an-ip")]
    [InlineData(new[] { ".", "--v3-user", "admin:SHA" }, "--v3-user 'admin:...'")]
    [InlineData(new[] { ".", "--v3-user", "admin:SHA:authpass1:AES9:privpass1" }, "AES9")]
    public async Task Bad_Arguments_Are_Named(string[] arguments, string expected)
    {
        var (exit, _, error) = await CliRunner.RunAsync(["lab", "serve", .. arguments]);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_Serve_Runs_One_Recording_Per_Address_For_Snmpbulkwalk_And_Stops_On_Sigterm()
    {
        Requires.Corpus();
        Requires.Tool("snmpbulkwalk");
        int port = FreePort.Udp();
        await using var serve = ChildProcess.Start("dotnet", [CliRunner.AssemblyPath, "lab", "serve", RepoPaths.CorpusSnmprec,
            "--first-address", "127.0.0.41", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--v3-user", "labuser:SHA-256:authpass123:AES-256:privpass123"]);
        var deadline = Stopwatch.StartNew();
        bool StillStarting() =>
            !serve.Stdout.Contains("serving", StringComparison.Ordinal) && deadline.Elapsed < TimeSpan.FromSeconds(30) && !serve.HasExited;
        while (StillStarting())
            await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Contains("serving 16 recordings on 16 address(es)", serve.Stdout, StringComparison.Ordinal);
        Assert.Contains("nxos_n3k-3064pq.snmprec:5777", serve.Stderr, StringComparison.Ordinal); // bad lines are reported, not fatal

        // File-name order: arista_eos .41, aruba-instant .42, arubaos-cx .43, asa .44, fortigate .45, gaia .46, ios_2960x .47,
        // ios_c3560 .48 with its VLANs.
        var asa = await NetSnmpTools.BulkWalkAsync($"127.0.0.44:{port}", ["-v2c", "-c", "public"], ".1");
        Assert.Equal(CorpusRecordingsView("asa"), asa);
        string[] v3Vlan10 =
        [
            "-v3", "-u", "labuser", "-l", "authPriv", "-a", "SHA-256", "-A", "authpass123", "-x", "AES-256", "-X", "privpass123",
            "-n", "vlan-10",
        ];
        var vlan = await NetSnmpTools.BulkWalkAsync($"127.0.0.48:{port}", v3Vlan10, ".1");
        Assert.Equal(CorpusRecordingsView("ios_c3560@10"), vlan);
        var vlanByCommunity = await NetSnmpTools.BulkWalkAsync($"127.0.0.48:{port}", ["-v2c", "-c", "public@10"], ".1");
        Assert.Equal(vlan, vlanByCommunity);

        var pid = serve.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ChildProcess.RunAsync("kill", ["-TERM", pid], TimeSpan.FromSeconds(5));
        var stopped = Stopwatch.StartNew();
        while (!serve.HasExited && stopped.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(serve.HasExited, "lab serve did not stop on SIGTERM");
    }

    private static List<ComparableVarbind> CorpusRecordingsView(string name)
    {
        var file = Path.Combine(RepoPaths.CorpusSnmprec, name + ".snmprec");
        var recording = NetMapper.Snmp.Agent.SnmprecReader.Read(file).Recording;
        return recording.Varbinds.Select(ComparableVarbind.From).ToList();
    }
}
