using System.Net;

namespace NetMapper.Snmp;

/// <summary>An agent to talk to and how. <see cref="Context"/> is the SNMPv3 contextName, or for v1/v2c the
/// community index ("community@context"), both of which Cisco uses for per-VLAN bridge tables.</summary>
public sealed record SnmpTarget(IPEndPoint EndPoint, SnmpCredentials Credentials)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public int Retries { get; init; } = 1;
    public string Context { get; init; } = "";

    public SnmpTarget InContext(string context) => this with { Context = context };
}

/// <summary>Limits of one client. Real switches have weak CPUs: by default one request in flight per agent.</summary>
public sealed record SnmpClientOptions
{
    public int MaxInFlightPerAgent { get; init; } = 1;
    public int MaxInFlightTotal { get; init; } = 256;

    /// <summary>Packets per second this client sends at most, over all agents (null: no limit beyond the in-flight limits).</summary>
    public int? MaxRequestsPerSecond { get; init; }

    /// <summary>msgMaxSize announced in SNMPv3 requests.</summary>
    public int MaxMessageSize { get; init; } = 65507;
}

/// <summary>Counters for benchmarks and scan records.</summary>
public sealed record SnmpClientStatistics(long PacketsSent, long PacketsReceived, long Retransmissions, long Timeouts, long Dropped);
