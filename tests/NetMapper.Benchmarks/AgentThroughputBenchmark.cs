using NetMapper.Snmp.Agent;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>NetMapper's recorded-device agent against Debian's snmpsim, both walked by snmpbulkwalk.</summary>
internal static class AgentThroughputBenchmark
{
    public static async Task RunAsync()
    {
        Console.WriteLine("## Agent throughput: snmpbulkwalk -Cr25 of one recording, NetMapper agent vs Debian snmpsim "
            + "(higher OIDs/s is better)");
        var name = BenchAgents.LargestRecordings[0];
        var recording = BenchAgents.Load(name);
        await using var ours = RecordedAgent.Start([BenchAgents.OneAddress([recording])]);
        await using var snmpsim = await SnmpsimAgent.StartAsync();

        var (ourTime, _) = await Measure.MedianAsync(() => Walk($"127.0.0.1:{ours.EndPoints[0].Port}", name), runs: 3);
        var (theirTime, _) = await Measure.MedianAsync(() => Walk(snmpsim.Address, name), runs: 3);
        double ourRate = recording.Count / ourTime.TotalSeconds, theirRate = recording.Count / theirTime.TotalSeconds;
        string ourResult = $"NetMapper agent {Measure.Ms(ourTime)} ({ourRate:N0} OIDs/s)";
        string theirResult = $"snmpsim {Measure.Ms(theirTime)} ({theirRate:N0} OIDs/s)";
        Console.WriteLine($"{name}: {recording.Count} OIDs; {ourResult}; {theirResult}");
        Console.WriteLine($"NetMapper agent throughput = {ourRate / theirRate:0.0} times snmpsim's (target: at least 10)");
        Console.WriteLine();
    }

    private static async Task<int> Walk(string address, string community)
    {
        string[] arguments = ["-v2c", "-c", community, "-Cr25", "-On", "-t", "10", address, ".1"];
        var (exit, _, error) = await ChildProcess.RunAsync("snmpbulkwalk", arguments, TimeSpan.FromMinutes(5));
        return exit == 0 ? exit : throw new InvalidOperationException($"snmpbulkwalk of {address} failed: {error}");
    }
}
