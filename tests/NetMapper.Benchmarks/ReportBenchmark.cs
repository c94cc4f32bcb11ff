using System.Diagnostics;
using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Report.Tests;
using NetMapper.Storage;
using NetMapper.Testing;
using NetMapper.Zones;

namespace NetMapper.Benchmarks;

/// <summary>
/// The HTML report of generated networks of 100, 500 and 2,000 devices (<see cref="SyntheticTopology"/>): the time to
/// write it, its size, and the time until it is interactive in headless chromium (navigation to the page's ready mark,
/// median of 5 loads). Targets (issue 14): 500 devices under 5 MB and interactive within 2 s.
/// </summary>
internal static class ReportBenchmark
{
    public static async Task<int> RunAsync()
    {
        Console.WriteLine("## HTML report of generated networks: size, time to write, time to interactive in headless chromium");
        if (!File.Exists(ReportBrowser.Executable))
        {
            Console.Error.WriteLine($"bench: chromium is not at {ReportBrowser.Executable} (apt-get install chromium)");
            return 2;
        }
        var dir = Directory.CreateTempSubdirectory("netmapper-bench-report-").FullName;
        try
        {
            await using var browser = await ReportBrowser.LaunchAsync();
            foreach (int size in new[] { 100, 500, 2000 })
            {
                var (file, devices, write) = Write(size, dir);
                var (loads, diagrams, searches) = (new List<TimeSpan>(), new List<TimeSpan>(), new List<TimeSpan>());
                for (int run = 0; run < Measure.Runs; run++)
                {
                    await using var report = await browser.OpenAsync(file);
                    loads.Add(report.TimeToInteractive);
                    diagrams.Add(await Timed(report, "nav [data-tab='diagrams']", "#canvas[data-shown='physical']"));
                    var watch = Stopwatch.StartNew();
                    await report.Page.FillAsync("#search", "10.1.10.5");
                    await report.Page.WaitForSelectorAsync("#table table[data-table='hosts'] tbody tr");
                    searches.Add(watch.Elapsed);
                }
                loads.Sort();
                var (tti, bytes) = (loads[loads.Count / 2], new FileInfo(file).Length);
                string verdict = size == 500 ? $" (target: < 5 MB {(bytes < 5_000_000 ? "met" : "MISSED")}, "
                    + $"< 2 s {(tti < TimeSpan.FromSeconds(2) ? "met" : "MISSED")})" : "";
                Console.WriteLine($"  {devices,5} devices: {bytes / 1e6,6:0.00} MB, written in {Measure.Ms(write)}, "
                    + $"interactive after {Measure.Ms(tti)} (slowest of {loads.Count}: {Measure.Ms(loads[^1])}){verdict}");
                Console.WriteLine($"  {devices,5} devices: physical diagram drawn {Measure.Ms(Median(diagrams))} after a click, "
                    + $"an address found {Measure.Ms(Median(searches))} after typing it (150 ms of which the typing pause)");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        Console.WriteLine();
        return 0;
    }

    private static async Task<TimeSpan> Timed(OpenReport report, string click, string shown)
    {
        var watch = Stopwatch.StartNew();
        await report.Page.ClickAsync(click);
        await report.Page.WaitForSelectorAsync(shown);
        return watch.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    /// <summary>Stores the generated scan and writes its report as <c>netmapper report</c> does, with the lifecycle judged.</summary>
    private static (string File, int Devices, TimeSpan Write) Write(int size, string dir)
    {
        var graph = SyntheticTopology.Build(size);
        string db = Path.Combine(dir, $"g{size}.db"), file = Path.Combine(dir, $"g{size}.html");
        using (var store = ScanStore.Open(db))
        {
            int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UnixEpoch, Scope = ["10.0.0.0/8"] });
            store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete, EndedAt = DateTimeOffset.UnixEpoch }, graph);
        }
        var watch = Stopwatch.StartNew();
        var scan = StoredScans.Load(db, ScanSelection.Latest);
        var policy = new LifecyclePolicy(new DateOnly(2026, 12, 1));
        var rows = new LifecycleAssessor(LifecycleCatalog.BuiltIn()).Assess(scan.Graph.Devices, policy);
        var request = new ReportRequest(scan, db, ZonePolicy.Default(), "zh-TW", "bench", file)
        {
            Lifecycle = rows, LifecyclePolicy = policy,
        };
        ReportJob.Run(request);
        return (file, graph.Devices.Count, watch.Elapsed);
    }
}
