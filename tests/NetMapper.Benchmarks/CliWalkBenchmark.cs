using NetMapper.Snmp.Agent;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>
/// What a user waits for: <c>netmapper snmp walk</c> as a whole process (startup, walk, printing) against net-snmp's
/// <c>snmpbulkwalk -Cr25</c>, both walking a 29,000-OID recording served by <c>netmapper lab serve</c>.
/// Runs alternate, so a busy machine slows both alike; the medians are printed.
/// </summary>
internal static class CliWalkBenchmark
{
    private const int Runs = 11;
    private const string Community = "fdb29k";

    public static async Task RunAsync()
    {
        Console.WriteLine($"## Walk as a process: netmapper snmp walk vs snmpbulkwalk -Cr25, {Community} (29,000 OIDs) from lab serve");
        string build = BenchCli.IsPublished ? "published" : "not published";
        Console.WriteLine($"netmapper: {string.Join(' ', BenchCli.NetMapper)} ({build})");
        var directory = Directory.CreateTempSubdirectory("netmapper-bench-walk-").FullName;
        try
        {
            SnmprecWriter.Write(Path.Combine(directory, Community + ".snmprec"), BenchAgents.GeneratedFdb(14_500, Community));
            string listen = $"127.0.0.1:{FreePort.Udp()}";
            await using var serve = await BenchCli.LabServeAsync(directory, listen);
            string[] ours = [.. BenchCli.NetMapper, "snmp", "walk", "-c", Community, "-Cr", "25", listen, ".1"];
            string[] theirs = ["snmpbulkwalk", "-v2c", "-c", Community, "-Cr25", "-On", listen, ".1"];
            var runs = new List<(TimeSpan Wall, TimeSpan? Cpu, int Lines)>[] { [], [] };
            for (int i = 0; i < Runs; i++)
            {
                runs[0].Add(await BenchCli.TimeAsync(ours));
                runs[1].Add(await BenchCli.TimeAsync(theirs));
            }
            if (runs.Any(r => r.Any(run => run.Lines < 29_000))) throw new InvalidOperationException("a walk came back incomplete");
            Console.WriteLine($"{"tool",-14} {"wall",10} {"CPU",10} {"lines",7}");
            Print("netmapper", runs[0]);
            Print("snmpbulkwalk", runs[1]);
            var ratio = Median(runs[0].Select(r => r.Wall)) / Median(runs[1].Select(r => r.Wall));
            Console.WriteLine($"wall time ratio {Measure.Ratio(ratio)} (median of {Runs} alternating runs; target: at most 1.00x)");
            Console.WriteLine();
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    private static void Print(string tool, List<(TimeSpan Wall, TimeSpan? Cpu, int Lines)> runs)
    {
        var cpu = runs.All(r => r.Cpu is not null) ? Measure.Ms(Median(runs.Select(r => r.Cpu!.Value))) : "-";
        Console.WriteLine($"{tool,-14} {Measure.Ms(Median(runs.Select(r => r.Wall))),10} {cpu,10} {runs[0].Lines,7}");
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times) => times.Order().ElementAt(Runs / 2);
}
