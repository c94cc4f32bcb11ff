using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>
/// A crawl without seeds, from the live addresses a sweep found, over real UDP on loopback: the one that answers SNMP is
/// polled and crawled from, the silent ones are hosts and no devices, and nothing outside the scope is contacted.
/// </summary>
public sealed class SweptCandidateCrawlTests
{
    private static readonly SnmpCredentials[] Credentials = [CommunityCredentials.V2c(TinyNetwork.Community)];

    /// <summary>Generous, for a busy machine: a silent address costs two of these.</summary>
    private static PollOptions Poll(int port) => new() { Port = port, Timeout = TimeSpan.FromSeconds(1), Retries = 1 };

    private static IPAddress[] Addresses(params string[] addresses) => addresses.Select(IPAddress.Parse).ToArray();

    [Fact]
    public async Task A_Swept_Address_That_Answers_Snmp_Is_Crawled_From_And_Silent_Ones_Leave_No_Device()
    {
        int port = FreePort.Udp();
        await using var lab = TinyNetwork.Start(port);
        await using var client = new SnmpClient();
        // r1 (.31) leads by LLDP to sw1 (.32) and sw2 (.33); .35 and .36 are live hosts without SNMP; .34 is outside.
        var scope = new ScanScope([.. TinyNetwork.InScope.Select(IpPrefix.Parse), IpPrefix.Parse("127.0.0.35/32"),
            IpPrefix.Parse("127.0.0.36/32")], []);
        var request = new CrawlRequest([], scope, Credentials)
        {
            Candidates = Addresses("127.0.0.31", "127.0.0.35", "127.0.0.36"), Poll = Poll(port), Concurrency = 4,
        };

        var result = await new Crawler(client).RunAsync(request, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["r1", "sw1", "sw2"], result.Snapshots.Select(s => s.Device.Name).Order(StringComparer.Ordinal));
        Assert.All(result.Snapshots, s => Assert.Equal(PollStatus.Done, s.Device.Status));
        Assert.Equal(new CandidateTally(Tried: 3, AnsweredSnmp: 1), result.Candidates);
        Assert.True(result.Completed);
        Assert.Equal(0, lab.ResponsesSentFrom(IPAddress.Parse("127.0.0.34")));
    }

    [Fact]
    public async Task A_Swept_Address_Of_A_Device_Polled_Already_Is_Not_Polled_Again()
    {
        int port = FreePort.Udp();
        var router = new RecordingBuilder("r9").System("r9", "Cisco IOS Software, Version 15.9(3)M4", "1.3.6.1.4.1.9.1.1")
            .Interface(1, "Gi0/0", "00:00:0c:39:00:01").Interface(2, "Gi0/1", "00:00:0c:39:00:02")
            .Address(1, "127.0.0.41", "255.255.255.255").Address(2, "127.0.0.42", "255.255.255.255").Device();
        await using var lab = RecordedAgent.Start(AgentLayouts.ConsecutiveAddresses(
            IPAddress.Parse("127.0.0.41"), port, [router], [], TinyNetwork.Community));
        await using var client = new SnmpClient();
        var request = new CrawlRequest([], new ScanScope([IpPrefix.Parse("127.0.0.40/29")], []), Credentials)
        {
            // One at a time: .41 answers before .42 is taken from the queue.
            Candidates = Addresses("127.0.0.41", "127.0.0.42"), Poll = Poll(port), Concurrency = 1,
        };

        var result = await new Crawler(client).RunAsync(request, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("r9", Assert.Single(result.Snapshots).Device.Name);
        Assert.Equal(new CandidateTally(Tried: 1, AnsweredSnmp: 1), result.Candidates);
    }

    [Fact]
    public async Task A_Swept_Address_Outside_The_Scope_Is_Refused_Before_Anything_Is_Sent()
    {
        await using var client = new SnmpClient();
        var request = new CrawlRequest([], new ScanScope([IpPrefix.Parse("127.0.0.31/32")], []), Credentials)
        {
            Candidates = Addresses("127.0.0.31", "127.0.0.99"),
        };

        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => new Crawler(client).RunAsync(request, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("swept address 127.0.0.99 is outside the scope", refused.Message, StringComparison.Ordinal);
    }
}
