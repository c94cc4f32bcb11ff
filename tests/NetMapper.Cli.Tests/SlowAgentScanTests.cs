using System.Diagnostics;
using System.Globalization;
using System.Net;
using NetMapper.Snmp.Agent;

namespace NetMapper.Cli.Tests;

/// <summary>
/// Issue 11: a default <c>netmapper scan</c> of slow agents finds what it finds on fast ones. The 16 corpus recordings
/// behind one single-threaded snmpsim that also stalls (an overloaded core switch answering for all), and a recording
/// served at 1.5 s per answer, against the same recordings served at once by NetMapper's own agent.
/// </summary>
public sealed class SlowAgentScanTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-slowscan-").FullName;

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_Default_Scan_Of_Sixteen_Recordings_Behind_One_Stalling_Snmpsimd_Finds_What_A_Fast_Agent_Gives()
    {
        Requires.Corpus();
        var recordings = Directory.GetFiles(RepoPaths.CorpusSnmprec, "*.snmprec")
            .Where(f => !Path.GetFileName(f).Contains('@', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var first = IPAddress.Parse("127.0.0.160");
        string[] SeedsAt(int port) =>
        [
            .. recordings.SelectMany((_, i) => new[] { "--seed", AgentLayouts.Offset(first, i).ToString() }),
            "--scope", "127.0.0.160/28", "--port", port.ToString(CultureInfo.InvariantCulture), "--community", "public",
        ];
        int fastPort = FreePort.Udp();
        var (devices, _) = RecordingLibrary.Load(RepoPaths.CorpusSnmprec);
        ScanFacts fast;
        await using (var agent = RecordedAgent.Start(AgentLayouts.ConsecutiveAddresses(first, fastPort, devices, [], "public")))
            fast = await ScanFacts.ScanAsync(Path.Combine(_dir, "fast.db"), SeedsAt(fastPort));
        int slowPort = FreePort.Udp();
        await using var snmpsim = await SnmpsimLab.StartAsync(recordings, first, slowPort);

        ScanFacts slow;
        // On top of serving all 16 at once, snmpsim stalls for 8 s after every 6: longer than the 2 × 2 s a request used to
        // get (the scan before patience left 15 of 16 devices partial so).
        await using (ProcessStalls.Start(snmpsim.ProcessId, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(8)))
            slow = await ScanFacts.ScanAsync(Path.Combine(_dir, "slow.db"), SeedsAt(slowPort));

        Assert.True(slow.Exit == 0, slow.Output);
        Assert.Equal(16, slow.Devices.Count(d => d.Contains(" done ", StringComparison.Ordinal)));
        Assert.Equal(fast.Devices, slow.Devices);
        Assert.Equal(fast.Links, slow.Links);
        Assert.True(slow.Links.Length >= 40, $"only {slow.Links.Length} links: the neighbour tables were not read");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_Default_Scan_Of_A_Lab_Answering_In_1500_Ms_Runs_To_The_End()
    {
        Requires.Corpus();
        var recordings = Path.Combine(_dir, "recordings");
        Directory.CreateDirectory(recordings);
        File.Copy(Path.Combine(RepoPaths.CorpusSnmprec, "aruba-instant.snmprec"), Path.Combine(recordings, "aruba-instant.snmprec"));
        string[] At(int port) => ["--seed", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--community", "public"];
        int fastPort = FreePort.Udp();
        ScanFacts fast;
        await using (var agent = RecordedAgent.Start(AgentLayouts.ConsecutiveAddresses(IPAddress.Loopback, fastPort,
            RecordingLibrary.Load(recordings).Devices, [], "public")))
            fast = await ScanFacts.ScanAsync(Path.Combine(_dir, "fast.db"), At(fastPort));
        int slowPort = FreePort.Udp();
        await using var serve = await LabServeAsync(recordings, slowPort, "--delay-ms", "1500");

        var slow = await ScanFacts.ScanAsync(Path.Combine(_dir, "slow.db"), At(slowPort));

        Assert.True(slow.Exit == 0, slow.Output);
        Assert.Contains(" done ", Assert.Single(slow.Devices), StringComparison.Ordinal);
        Assert.Equal(fast.Devices, slow.Devices);
    }

    /// <summary><c>netmapper lab serve DIR --first-address 127.0.0.1</c> as its own process, once it says it is serving.</summary>
    private static async Task<ChildProcess> LabServeAsync(string recordings, int port, params string[] options)
    {
        var serve = ChildProcess.Start(DotnetCli.Dotnet, [CliRunner.AssemblyPath, "lab", "serve", recordings,
            "--first-address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), .. options]);
        var started = Stopwatch.StartNew();
        bool Starting() => !serve.Stdout.Contains("serving", StringComparison.Ordinal) && !serve.HasExited;
        while (Starting() && started.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.True(serve.Stdout.Contains("serving", StringComparison.Ordinal), $"lab serve did not start: {serve.Stderr}");
        return serve;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
