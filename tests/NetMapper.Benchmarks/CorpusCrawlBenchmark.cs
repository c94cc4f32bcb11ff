using System.Diagnostics;
using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Testing;
using NetMapper.Topology;

namespace NetMapper.Benchmarks;

/// <summary>A crawl of 200 recorded devices at once (the corpus recordings repeated, one per loopback address, 2 ms per
/// response), against the poll of one device alone: what scanning a whole site costs beside scanning one switch.</summary>
internal static class CorpusCrawlBenchmark
{
    private const int Devices = 200;
    private static readonly IPAddress First = IPAddress.Parse("127.0.4.1");

    public static async Task RunAsync()
    {
        var (corpus, _) = RecordingLibrary.Load(RepoPaths.CorpusSnmprec);
        Console.WriteLine($"## Crawl: {Devices} recorded devices at once ({corpus.Count} corpus recordings repeated), 2 ms per response");
        int port = FreePort.Udp();
        var devices = Enumerable.Range(0, Devices).Select(i => corpus[i % corpus.Count]).ToArray();
        var settings = AgentLayouts.ConsecutiveAddresses(First, port, devices, [], "public")
            .Select(s => s with { ResponseDelay = TimeSpan.FromMilliseconds(2) });
        await using var agent = RecordedAgent.Start(settings);
        var credentials = new SnmpCredentials[] { CommunityCredentials.V2c("public") };
        var poll = new PollOptions { Port = port };

        var singles = new List<TimeSpan>();
        await using (var client = new SnmpClient())
            for (int i = 0; i < corpus.Count; i++)
            {
                var watch = Stopwatch.StartNew();
                await new DevicePoller(client, poll).PollAsync(AgentLayouts.Offset(First, i), credentials);
                singles.Add(watch.Elapsed);
            }

        var seeds = Enumerable.Range(0, Devices).Select(i => AgentLayouts.Offset(First, i)).ToArray();
        var scope = new ScanScope([IpPrefix.Parse("127.0.4.0/24")], []);
        var request = new CrawlRequest(seeds, scope, credentials) { Concurrency = Devices, Poll = poll };
        CrawlResult result;
        var crawl = Stopwatch.StartNew();
        await using (var client = new SnmpClient())
            result = await new Crawler(client).RunAsync(request);
        var total = crawl.Elapsed;

        var statuses = result.Snapshots.GroupBy(s => s.Device.Status).Select(g => $"{g.Count()} {g.Key}");
        var (slowest, average) = (singles.Max(), TimeSpan.FromTicks((long)singles.Average(s => s.Ticks)));
        Console.WriteLine($"one device alone: {Measure.Ms(average)} on average, {Measure.Ms(slowest)} the slowest recording");
        Console.WriteLine($"all {Devices} at once: {Measure.Ms(total)} = {total / slowest:0.0} times the slowest device, "
            + $"{total / average:0.0} times the average one ({string.Join(", ", statuses)})");
        Console.WriteLine($"sequentially they would take about {Measure.Ms(average * Devices)}");
        Console.WriteLine();
    }
}
