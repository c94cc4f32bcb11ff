using System.Diagnostics;
using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Benchmarks;

/// <summary>200 agents walked at once through one client, against the time of one agent alone.</summary>
internal static class ConcurrencyBenchmark
{
    private const int Agents = 200;

    public static async Task RunAsync()
    {
        // With agents in this process, a walk is CPU on both sides, and 2 cores cannot overlap much of it. Real
        // devices spend milliseconds building each response; the 2 ms case is the one the target speaks of.
        await RunAsync(TimeSpan.Zero);
        await RunAsync(TimeSpan.FromMilliseconds(2));
    }

    private static async Task RunAsync(TimeSpan delay)
    {
        string eachAgent = $"procurve recording each, {delay.TotalMilliseconds:0} ms per response";
        Console.WriteLine($"## Concurrency: {Agents} agents ({eachAgent}) walked at once by one client");
        var recording = BenchAgents.Load("procurve");
        var settings = Enumerable.Range(0, Agents).Select(i => AgentAt(i, recording, delay)).ToArray();
        await using var agent = RecordedAgent.Start(settings);
        await using var client = new SnmpClient();
        SnmpTarget TargetOf(IPEndPoint endPoint) => new(endPoint, CommunityCredentials.V2c("public")) { Timeout = TimeSpan.FromSeconds(5) };
        var targets = agent.EndPoints.Select(TargetOf).ToArray();

        var (single, _) = await Measure.MedianAsync(() => client.WalkAsync(targets[0], Oid.Parse("1")));
        var (all, walks) = await Measure.MedianAsync(() => Task.WhenAll(targets.Select(t => client.WalkAsync(t, Oid.Parse("1")))), runs: 3);
        if (walks.Any(w => w.Varbinds.Count != recording.Count))
            throw new InvalidOperationException("a concurrent walk came back incomplete");
        string times = $"{all / single:0.0} times one agent (target: well under {Agents})";
        Console.WriteLine($"one agent: {Measure.Ms(single)}; {Agents} agents: {Measure.Ms(all)} = {times}");
        long rows = (long)recording.Count * Agents;
        double rate = recording.Count * Agents / all.TotalSeconds;
        Console.WriteLine($"rows: {rows:N0} in {all.TotalSeconds:0.00} s = {rate:N0} OIDs/s");
        Console.WriteLine();
    }

    /// <summary>Agent <paramref name="i"/>: its own address counted from 127.0.100.1, the recording as community "public".</summary>
    private static AgentEndpointSettings AgentAt(int i, Recording recording, TimeSpan delay)
    {
        var endPoint = new IPEndPoint(AgentLayouts.Offset(IPAddress.Parse("127.0.100.1"), i), 0);
        var communities = new Dictionary<string, Recording> { ["public"] = recording };
        return new AgentEndpointSettings(endPoint, communities, new Dictionary<string, Recording>(), []) { ResponseDelay = delay };
    }
}
