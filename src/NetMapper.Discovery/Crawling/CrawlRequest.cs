using System.Net;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Crawling;

/// <summary>What to crawl: seeds, the scope, credentials in order of preference (v3 first), and limits.</summary>
public sealed record CrawlRequest(IReadOnlyList<IPAddress> Seeds, ScanScope Scope, IReadOnlyList<SnmpCredentials> Credentials)
{
    /// <summary>Live addresses a sweep found, each tried with the credentials: one that answers SNMP is polled and crawled
    /// from like a seed, one that does not is a host and no device.</summary>
    public IReadOnlyList<IPAddress> Candidates { get; init; } = [];
    public int MaxDepth { get; init; } = 16;
    public int Concurrency { get; init; } = 16;
    public int MaxDevices { get; init; } = 5000;
    /// <summary>Also poll addresses from the ARP tables of routers and firewalls (inside the scope).</summary>
    public bool FollowRouterArp { get; init; }
    public PollOptions Poll { get; init; } = new();
}

/// <summary>A live view of the crawl for progress displays.</summary>
public sealed record CrawlProgress(int Queued, int Polled, int Failed, int InFlight, string LastEvent)
{
    /// <summary>Swept addresses that did not answer SNMP so far.</summary>
    public int Silent { get; init; }
}

/// <summary>Every device polled (or tried), findings about how they answered, and whether the crawl ran to its end.</summary>
public sealed record CrawlResult(IReadOnlyList<DeviceSnapshot> Snapshots, IReadOnlyList<Finding> Findings, bool Completed)
{
    public CandidateTally Candidates { get; init; } = new(0, 0);
}

/// <summary>How the swept addresses fared: how many were tried (an address of a device polled already is not), and how
/// many answered SNMP.</summary>
public sealed record CandidateTally(int Tried, int AnsweredSnmp);
