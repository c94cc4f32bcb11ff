using System.Diagnostics;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Topology;

namespace NetMapper.Benchmarks;

/// <summary>
/// Issue 9: matching 10,000 devices (chassis, two modules each, OS release) against the whole built-in catalog, under one
/// second. Devices take real product IDs, sysObjectIDs and OS versions from the catalog, and a share of unknown ones.
/// </summary>
internal static class LifecycleBenchmark
{
    private const int Devices = 10_000, Runs = 5;

    public static void Run()
    {
        Console.WriteLine("lifecycle: match 10,000 devices against the built-in catalog (median of 5)");
        var load = Stopwatch.StartNew();
        var catalog = LifecycleCatalog.BuiltIn();
        load.Stop();
        var devices = Generate(catalog);
        var policy = new LifecyclePolicy(new DateOnly(2026, 12, 1));
        var times = new List<double>();
        int rows = 0, matched = 0;
        for (int run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var assessed = new LifecycleAssessor(catalog).Assess(devices, policy);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            (rows, matched) = (assessed.Count, assessed.Count(r => r.Match is not null));
        }
        times.Sort();
        Console.WriteLine($"  catalog: {catalog.Entries.Count} entries, loaded and parsed in "
            + $"{load.Elapsed.TotalMilliseconds:F0} ms (once per command)");
        Console.WriteLine($"  {Devices} devices -> {rows} rows ({matched} matched): index + match {times[Runs / 2]:F0} ms median "
            + $"(min {times[0]:F0}, max {times[^1]:F0}); target < 1000 ms");
        Console.WriteLine();
    }

    private static List<Device> Generate(LifecycleCatalog catalog)
    {
        var products = catalog.Hardware.SelectMany(h => h.Products).Where(p => !p.Contains('*', StringComparison.Ordinal)).ToArray();
        var oids = catalog.Hardware.SelectMany(h => h.SysObjectIds).ToArray();
        var versions = catalog.Software.Where(s => s.Latest.Length > 0).Select(s => (s.Os, s.Latest)).ToArray();
        var random = new Random(9);
        var devices = new List<Device>(Devices);
        for (int i = 0; i < Devices; i++)
        {
            // One in five reports a model no catalog knows, as real networks do.
            string model = i % 5 == 0 ? $"UNKNOWN-{i}" : products[random.Next(products.Length)];
            var (os, version) = versions[random.Next(versions.Length)];
            devices.Add(new Device($"serial:bench:{i}")
            {
                Name = $"dev{i}", Model = model, Serial = $"S{i}", OsName = os, OsVersion = version, Role = DeviceRole.Switch,
                SysObjectId = i % 7 == 0 ? oids[random.Next(oids.Length)] : "",
                Components =
                [
                    new DeviceComponent(1, "module", "Slot 1") { Model = products[random.Next(products.Length)], Serial = $"M{i}a" },
                    new DeviceComponent(2, "module", "Slot 2") { Model = $"X-{i}", Serial = $"M{i}b" },
                ],
            });
        }
        return devices;
    }
}
