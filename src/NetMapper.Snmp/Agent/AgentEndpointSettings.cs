using System.Net;
using System.Text;

namespace NetMapper.Snmp.Agent;

/// <summary>What one simulated agent answers at one address: recordings by community and by SNMPv3
/// context name, and its SNMPv3 users.</summary>
public sealed record AgentEndpointSettings(
    IPEndPoint EndPoint,
    IReadOnlyDictionary<string, Recording> Communities,
    IReadOnlyDictionary<string, Recording> Contexts,
    IReadOnlyList<UsmCredentials> Users)
{
    /// <summary>Largest response the agent builds, before the requester's own limit.</summary>
    public int MaxMessageSize { get; init; } = 65507;

    /// <summary>Time the agent takes before each response, as a real device's CPU does (benchmarks, crawler tests).</summary>
    public TimeSpan ResponseDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Answers only the first request and every Nth after it, dropping the others as an overloaded CPU or a lossy
    /// link does: 3 answers one request in three. 1 answers all.</summary>
    public int AnswerEvery { get; init; } = 1;

    /// <summary>Subtrees the agent never answers requests about (by the request's first OID), as agents that hang on one
    /// table do.</summary>
    public IReadOnlyList<Oid> SilentSubtrees { get; init; } = [];

    /// <summary>snmpEngineID: RFC 3411 text format under net-snmp's enterprise, unique per address and port.</summary>
    public byte[] EngineId { get; init; } = DefaultEngineId(EndPoint);

    public static byte[] DefaultEngineId(IPEndPoint endPoint) =>
        [0x80, 0x00, 0x1F, 0x88, 0x04, .. Encoding.ASCII.GetBytes($"nm{endPoint.Address}:{endPoint.Port}").Take(27)];
}
