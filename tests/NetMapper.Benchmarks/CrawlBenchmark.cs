using System.Diagnostics;
using System.Globalization;
using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Testing;
using NetMapper.Topology;

namespace NetMapper.Benchmarks;

/// <summary>A crawl of 32 recorded switches, a core with 31 access switches (each answering 2 ms per response, as a weak
/// switch CPU does): the whole crawl against the slowest single device.</summary>
internal static class CrawlBenchmark
{
    private const int Devices = 32;

    public static async Task RunAsync()
    {
        string switches = $"{Devices} recorded switches (a core and {Devices - 1} access switches)";
        Console.WriteLine($"## Crawl: {switches}, 2 ms per response, concurrency 16");
        int port = FreePort.Udp();
        var devices = Enumerable.Range(1, Devices).Select(Switch).ToArray();
        var settings = AgentLayouts.ConsecutiveAddresses(IPAddress.Parse("127.0.2.1"), port, devices, [], "bench")
            .Select(s => s with { ResponseDelay = TimeSpan.FromMilliseconds(2) });
        await using var agent = RecordedAgent.Start(settings);
        await using var client = new SnmpClient();
        var credentials = new SnmpCredentials[] { CommunityCredentials.V2c("bench") };
        var poll = new PollOptions { Port = port, Timeout = TimeSpan.FromSeconds(1) };

        var singles = new List<TimeSpan>();
        var poller = new DevicePoller(client, poll);
        for (int i = 1; i <= Devices; i++)
        {
            var watch = Stopwatch.StartNew();
            await poller.PollAsync(IPAddress.Parse($"127.0.2.{i}"), credentials);
            singles.Add(watch.Elapsed);
        }
        var scope = new ScanScope([IpPrefix.Parse("127.0.2.0/24")], []);
        var request = new CrawlRequest([IPAddress.Parse("127.0.2.1")], scope, credentials) { Concurrency = 16, Poll = poll };
        var (crawl, result) = await Measure.MedianAsync(() => new Crawler(client).RunAsync(request), runs: 3);
        var graph = TopologyBuilder.Build(result.Snapshots);
        var (slowest, sum) = (singles.Max(), TimeSpan.FromTicks(singles.Sum(s => s.Ticks)));
        string found = $"{graph.Devices.Count} devices, {graph.Links.Count} links found";
        Console.WriteLine($"slowest single device {Measure.Ms(slowest)}, sum of all {Measure.Ms(sum)}; " +
            $"crawl of all {Devices}: {Measure.Ms(crawl)} = {crawl / slowest:0.0} times the slowest device ({found})");
        Console.WriteLine("(the access switches are found only once the core is polled: the floor is two device polls in a row)");
        Console.WriteLine();
    }

    private static RecordedDevice Switch(int n)
    {
        const string sysDescr = "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc1)";
        var builder = new RecordingBuilder($"sw{n:00}")
            .System($"sw{n:00}", sysDescr, "1.3.6.1.4.1.9.1.1208")
            .LldpChassis(Mac(n, 0));
        for (int p = 1; p <= 48; p++) builder.Interface(p, $"Gi1/0/{p}", Mac(n, p));
        builder.Address(48, $"127.0.2.{n}", "255.255.255.0");
        if (n == 1)
            for (int access = 2; access <= Devices; access++)
                builder.LldpNeighbor(access - 1, Mac(access, 0), "Gi1/0/1", $"sw{access:00}", $"127.0.2.{access}");
        else
            builder.LldpNeighbor(1, Mac(1, 0), $"Gi1/0/{n - 1}", "sw01", "127.0.2.1");
        return builder.Device();
    }

    private static string Mac(int device, int port)
    {
        string mac = string.Create(CultureInfo.InvariantCulture, $"02:00:00:00:{device:x2}:{port:x2}");
        return mac.Replace("02:00", "00:50", StringComparison.Ordinal);
    }
}
