using System.Diagnostics;
using NetMapper.Storage;

namespace NetMapper.Report.Tests;

/// <summary>
/// A generated network of any size (<see cref="SyntheticTopology"/>) stored as a complete scan in a database of its own,
/// and its report written by <c>netmapper report</c>, as a user would.
/// </summary>
public static class GeneratedReport
{
    public sealed record Written(string File, long Bytes, int Devices, TimeSpan WriteTime);

    public static async Task<Written> WriteAsync(int devices, string folder, string language = "en")
    {
        var graph = SyntheticTopology.Build(devices);
        string db = Path.Combine(folder, $"generated-{devices}.db"), file = Path.Combine(folder, $"report-{devices}.html");
        using (var store = ScanStore.Open(db))
        {
            int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UnixEpoch, Seeds = ["10.250.0.2"], Scope = ["10.0.0.0/8"] });
            store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete, EndedAt = DateTimeOffset.UnixEpoch }, graph);
        }
        var watch = Stopwatch.StartNew();
        var (exit, _, error) = await InProcessCli.RunAsync("report", "--db", db, "--out", file, "--lang", language,
            "--as-of", "2026-12-01");
        Assert.True(exit == 0, error);
        return new Written(file, new FileInfo(file).Length, graph.Devices.Count, watch.Elapsed);
    }
}
