using System.Diagnostics;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Report.Tests;

/// <summary>
/// Generated networks (<see cref="SyntheticTopology"/>) stored as complete scans in a database of their own, and their
/// report written by <c>netmapper report</c>, as a user would.
/// </summary>
public static class GeneratedReport
{
    public sealed record Written(string File, long Bytes, int Devices, TimeSpan WriteTime);

    public static async Task<Written> WriteAsync(int devices, string folder, string language = "en")
    {
        string db = Store(Path.Combine(folder, $"generated-{devices}.db"), SyntheticTopology.Build(devices));
        string file = Path.Combine(folder, $"report-{devices}.html");
        var watch = Stopwatch.StartNew();
        await RunAsync("report", "--db", db, "--out", file, "--lang", language, "--as-of", "2026-12-01");
        using var store = ScanStore.Open(db, readOnly: true);
        return new Written(file, new FileInfo(file).Length, store.Latest().Devices, watch.Elapsed);
    }

    /// <summary>Stores each graph as the next complete scan; returns the database.</summary>
    public static string Store(string db, params TopologyGraph[] scans)
    {
        using var store = ScanStore.Open(db);
        foreach (var graph in scans)
        {
            int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UnixEpoch, Seeds = ["10.250.0.2"], Scope = ["10.0.0.0/8"] });
            var info = store.GetScan(id) with
            {
                Status = ScanStatus.Complete, EndedAt = DateTimeOffset.UnixEpoch, Devices = graph.Devices.Count,
            };
            store.CompleteScan(info, graph);
        }
        return db;
    }

    public static async Task RunAsync(params string[] args)
    {
        var (exit, _, error) = await InProcessCli.RunAsync(args);
        Assert.True(exit == 0, error);
    }
}
