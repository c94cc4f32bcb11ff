using System.Net;

namespace NetMapper.Snmp;

/// <summary>An agent to talk to and how. <see cref="Context"/> is the SNMPv3 contextName, or for v1/v2c the
/// community index ("community@context"), both of which Cisco uses for per-VLAN bridge tables.</summary>
/// <remarks>
/// <see cref="Timeout"/> and <see cref="Retries"/> are the rule for an agent that has not answered yet: that many
/// tries, each waiting that long, so an unreachable address or a wrong community fails as fast as the user asked.
/// Once the agent answers, each try waits its measured retransmission timeout instead (doubled after each loss), and a
/// request is given up only when it has had its tries and the agent has been silent for <see cref="SilenceLimit"/>.
/// </remarks>
public sealed record SnmpTarget(IPEndPoint EndPoint, SnmpCredentials Credentials)
{
    /// <summary>The wait per try until the agent's round-trip time is measured.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public int Retries { get; init; } = 1;
    public string Context { get; init; } = "";

    /// <summary>How long an agent that has answered this credential and context may stay silent before its requests
    /// fail; never less than the (<see cref="Retries"/> + 1) × <see cref="Timeout"/> the user allowed each request.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.Zero;

    public TimeSpan SilenceLimit => TimeSpan.FromTicks(Math.Max(Patience.Ticks, (Retries + 1) * Timeout.Ticks));

    public SnmpTarget InContext(string context) => this with { Context = context };
}

/// <summary>Limits of one client. Real switches have weak CPUs: by default one request in flight per agent.</summary>
public sealed record SnmpClientOptions
{
    /// <summary>Most requests in flight to one agent; fewer while it loses answers (see <c>CongestionWindow</c>).</summary>
    public int MaxInFlightPerAgent { get; init; } = 1;

    /// <summary>Most requests in flight over all agents; fewer while answers are lost.</summary>
    public int MaxInFlightTotal { get; init; } = 256;

    /// <summary>Packets per second this client sends at most, over all agents (null: no limit beyond the in-flight limits).</summary>
    public int? MaxRequestsPerSecond { get; init; }

    /// <summary>msgMaxSize announced in SNMPv3 requests.</summary>
    public int MaxMessageSize { get; init; } = 65507;

    /// <summary>Bounds of the measured retransmission timeout (a target's own <see cref="SnmpTarget.Timeout"/> widens them).</summary>
    public TimeSpan MinRetransmissionTimeout { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxRetransmissionTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>Counters for benchmarks and scan records.</summary>
public sealed record SnmpClientStatistics(long PacketsSent, long PacketsReceived, long Retransmissions, long Timeouts, long Dropped);
