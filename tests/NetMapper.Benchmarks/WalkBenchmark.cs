using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>Full walks: NetMapper's walker against snmpbulkwalk on the same agent; time and packets.</summary>
internal static class WalkBenchmark
{
    public static async Task RunAsync()
    {
        await CliWalkBenchmark.RunAsync();
        Console.WriteLine("## Walk: NetMapper walker vs net-snmp snmpbulkwalk (default -Cr10), "
            + "same agent (NetMapper's, counting responses)");
        string ourHeader = $"{"NetMapper",11} {"packets",8}", theirHeader = $"{"snmpbulkwalk",13} {"packets",8}";
        Console.WriteLine($"{"recording",-18} {"OIDs",7} {ourHeader} {theirHeader} {"time ratio",11} {"packet ratio",13}");
        var recordings = BenchAgents.LargestRecordings.Select(BenchAgents.Load).Append(BenchAgents.GeneratedFdb()).ToArray();
        await using var agent = RecordedAgent.Start([BenchAgents.OneAddress(recordings)]);
        var endPoint = agent.EndPoints[0];
        await using var client = new SnmpClient();
        foreach (var recording in recordings)
        {
            var target = new SnmpTarget(endPoint, CommunityCredentials.V2c(recording.Name)) { Timeout = TimeSpan.FromSeconds(5) };
            long before = agent.ResponsesSent;
            var (ours, walk) = await Measure.MedianAsync(() => client.WalkAsync(target, Oid.Parse("1")));
            long ourPackets = (agent.ResponsesSent - before) / Measure.Runs;
            if (walk.Varbinds.Count != recording.Count)
                throw new InvalidOperationException($"walk of {recording.Name} returned {walk.Varbinds.Count} of {recording.Count}");

            before = agent.ResponsesSent;
            var (theirs, _) = await Measure.MedianAsync(() => ChildProcess.RunAsync("snmpbulkwalk",
                ["-v2c", "-c", recording.Name, "-On", $"127.0.0.1:{endPoint.Port}", ".1"], TimeSpan.FromMinutes(2)));
            long theirPackets = (agent.ResponsesSent - before) / Measure.Runs;
            string ourColumns = $"{Measure.Ms(ours),11} {ourPackets,8}", theirColumns = $"{Measure.Ms(theirs),13} {theirPackets,8}";
            string ratios = $"{Measure.Ratio(ours / theirs),11} {Measure.Ratio((double)ourPackets / theirPackets),13}";
            Console.WriteLine($"{recording.Name,-18} {recording.Count,7} {ourColumns} {theirColumns} {ratios}");
        }

        await using var snmpd = await SnmpdAgent.StartAsync();
        var snmpdCommunity = CommunityCredentials.V2c(SnmpdAgent.Community);
        var snmpdTarget = new SnmpTarget(snmpd.EndPoint, snmpdCommunity) { Timeout = TimeSpan.FromSeconds(5) };
        var (oursOnSnmpd, snmpdWalk) = await Measure.MedianAsync(() => client.WalkAsync(snmpdTarget, Oid.Parse("1")));
        var (theirsOnSnmpd, _) = await Measure.MedianAsync(() => ChildProcess.RunAsync("snmpbulkwalk",
            ["-v2c", "-c", SnmpdAgent.Community, "-On", snmpd.Address, ".1"], TimeSpan.FromMinutes(2)));
        string ourSnmpdColumns = $"{Measure.Ms(oursOnSnmpd),11} {"-",8}", theirSnmpdColumns = $"{Measure.Ms(theirsOnSnmpd),13} {"-",8}";
        string snmpdRatio = Measure.Ratio(oursOnSnmpd / theirsOnSnmpd);
        Console.WriteLine($"{"snmpd (.1)",-18} {snmpdWalk.Varbinds.Count,7} {ourSnmpdColumns} {theirSnmpdColumns} {snmpdRatio,11}");
        Console.WriteLine("(snmpbulkwalk times include its process start; NetMapper's are in-process walks)");
        Console.WriteLine();
    }
}
