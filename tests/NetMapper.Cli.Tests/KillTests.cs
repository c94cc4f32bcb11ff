using System.Diagnostics;
using System.Text.Json;
using NetMapper.Storage;

namespace NetMapper.Cli.Tests;

/// <summary>
/// SIGKILL in the middle of a scan, a refresh or a prune: the scans stored before are intact, readable and still
/// verify, and the next run goes ahead. Each kill waits for the stage the process announces, so it lands in (or just
/// after) that stage; whenever it lands, these hold.
/// </summary>
[Collection(SampleDemo.Collection)]
public sealed class KillTests(SampleDemo demo) : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("netmapper-kill-").FullName;

    [Fact]
    public async Task A_scan_killed_midway_leaves_earlier_scans_intact_and_verifiable()
    {
        var (first, _, firstError) = await CliRunner.RunAsync("demo", "--out", dir);
        Assert.True(first == 0, firstError);

        await using (var child = ChildProcess.Start("dotnet", [CliRunner.AssemblyPath, "demo", "--out", dir]))
            await KillOnceAsync(child, "Serving");

        string db = Path.Combine(dir, "netmapper.db");
        await AssertVerifiesAsync(db, intact: [1]);
        await AssertReadableAsync(db, 1);
    }

    [Fact]
    public async Task Refreshes_killed_while_polling_and_while_writing_the_pack_leave_scans_verifiable_and_the_lock_free()
    {
        await using var agents = await LabAgents.StartAsync("kill-auth-key-1", "kill-priv-key-1");
        string db = Path.Combine(dir, "netmapper.db"), store = Path.Combine(dir, "credentials.json");
        var added = await NetmapperProcess.RunAsync(["credentials", "add", "core-v3", "--kind", "v3", "--user", "netops", "--auth",
            "SHA-256", "--priv", "AES", "--secret-stdin", "--store", store, "--db", db], "kill-auth-key-1\nkill-priv-key-1\n");
        Assert.True(added.Exit == 0, added.Err);
        string[] credentials = ["  - store: core-v3", $"credentialStore: {store}"];
        string config = await WriteAsync(dir, "scan.yaml", agents.ScanYaml(db, credentials[0], credentials[1]));
        // One device at a time: the scan killed while polling has most of the network still to go.
        string slow = await WriteAsync(dir, "slow.yaml",
            agents.ScanYaml(db, credentials[0], credentials[1], "timeout: 1, retries: 1, concurrency: 1"));
        string[] Refresh(string yaml) => ["refresh", "--config", yaml, "--evidence", Path.Combine(dir, "evidence"),
            "--zones", SampleDemo.ZonesFile, "--as-of", SampleDemo.AsOf];

        var first = await NetmapperProcess.RunAsync(Refresh(config));
        Assert.True(first.Exit == 0, first.Err + first.Out);
        await using (var polling = NetmapperProcess.Start(Refresh(slow))) await KillOnceAsync(polling, "refresh: polling");
        await using (var packing = NetmapperProcess.Start(Refresh(config)))
            await KillOnceAsync(packing, "refresh: scan 3 complete; writing the evidence pack");
        var last = await NetmapperProcess.RunAsync(Refresh(config));

        Assert.True(last.Exit == 0, last.Err + last.Out); // the lock died with the killed refreshes
        Assert.Contains("scan 4 complete; evidence pack written to ", last.Out, StringComparison.Ordinal);
        await AssertVerifiesAsync(db, intact: [1, 3, 4]);
        await AssertReadableAsync(db, 1);
        await AssertReadableAsync(db, 3);
    }

    [Fact]
    public async Task A_prune_killed_in_its_transaction_deletes_all_old_scans_or_none_and_the_rest_verify()
    {
        string db = Path.Combine(dir, "netmapper.db");
        const int oldScans = 30;
        FillWithScans(db, oldScans);

        await using (var prune = NetmapperProcess.Start(["prune", "--db", db, "--keep", "6m"]))
            await KillOnceAsync(prune, "pruning scan 1, 2, ");

        int[] left;
        using (var store = ScanStore.Open(db, readOnly: true)) left = store.ListScans().Select(s => s.Id).ToArray();
        Assert.True(left.Length is 1 or oldScans + 1, $"a prune is all or nothing, yet scans {string.Join(", ", left)} are left");
        await AssertVerifiesAsync(db, intact: [oldScans + 1]);
        await AssertReadableAsync(db, oldScans + 1);
        var again = await CliRunner.RunAsync("prune", "--db", db, "--keep", "6m");
        Assert.True(again.Exit == 0, again.Err);
        using (var store = ScanStore.Open(db, readOnly: true)) Assert.Equal([oldScans + 1], store.ListScans().Select(s => s.Id));
        await AssertVerifiesAsync(db, intact: [oldScans + 1]);
    }

    /// <summary>
    /// Old scans of the sample network (each the demo's devices and graph, started nine months ago) and one recent one,
    /// so that the prune's transaction has hundreds of documents to delete.
    /// </summary>
    private void FillWithScans(string db, int oldScans)
    {
        IReadOnlyList<Topology.DeviceSnapshot> polls;
        Topology.TopologyGraph graph;
        using (var sample = ScanStore.Open(demo.Db, readOnly: true))
        {
            int latest = sample.Latest().Id;
            (polls, graph) = (sample.LoadPolls(latest), sample.LoadGraph(latest));
        }
        using var store = ScanStore.Open(db);
        for (int i = 0; i <= oldScans; i++)
        {
            var started = i < oldScans ? DateTimeOffset.UtcNow.AddMonths(-9).AddHours(i) : DateTimeOffset.UtcNow;
            int id = store.BeginScan(new ScanInfo { StartedAt = started });
            foreach (var poll in polls) store.RecordPoll(id, poll.Device.ManagementAddresses.FirstOrDefault() ?? "", poll);
            store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete }, graph);
        }
    }

    private static async Task<string> WriteAsync(string dir, string name, string text)
    {
        string path = Path.Combine(dir, name);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }

    /// <summary>SIGKILL once the child announces <paramref name="stage"/>: no chance to finish or clean up.</summary>
    private static async Task KillOnceAsync(ChildProcess child, string stage)
    {
        await NetmapperProcess.WaitForStageAsync(child, stage);
        if (!child.HasExited) Process.GetProcessById(child.Pid).Kill();
    }

    /// <summary><c>netmapper verify</c> passes, and names these scans intact.</summary>
    private static async Task AssertVerifiesAsync(string db, int[] intact)
    {
        var (exit, output, error) = await CliRunner.RunAsync("verify", "--db", db, "--json");
        Assert.True(exit == 0, error + output);
        var states = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .ToDictionary(c => c.GetProperty("scan").GetInt32(), c => c.GetProperty("state").GetString());
        foreach (int scan in intact) Assert.True(states.GetValueOrDefault(scan) == "intact", $"scan {scan}: {output}");
    }

    private static async Task AssertReadableAsync(string db, int scan)
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", "devices", "--db", db, "--scan", $"{scan}");
        Assert.True(exit == 0, error);
        Assert.Contains("core-sw1", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
