using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.RateLimiting;
using NetMapper.Snmp.Ber;
using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Transport;

/// <summary>
/// An SNMP manager for v1, v2c and v3 (USM). One instance serves any number of agents concurrently over a shared
/// socket. Requests in flight are limited per agent and overall by congestion windows that shrink when answers are lost
/// and grow back when they return; each agent's retransmission timeout follows its measured round-trip time
/// (SnmpClient.Exchange.cs; <see cref="SnmpTarget"/> says how the user's timeout and retries apply).
/// </summary>
public sealed partial class SnmpClient : IAsyncDisposable
{
    private readonly SnmpClientOptions _options;
    private readonly UdpChannel _channel = new();
    private readonly CongestionWindow _window;
    private readonly ConcurrentDictionary<IPEndPoint, AgentState> _agents = new();
    private readonly ConcurrentDictionary<IPEndPoint, EngineState> _engines = new();
    private readonly UsmKeyCache _keys = new();
    private readonly RateLimiter? _rate;
    private int _nextId = Random.Shared.Next(1, int.MaxValue / 2);
    private long _sent, _retransmissions, _timeouts;

    public SnmpClient(SnmpClientOptions? options = null)
    {
        _options = options ?? new SnmpClientOptions();
        _window = new CongestionWindow(_options.MaxInFlightTotal, floor: 2);
        if (_options.MaxRequestsPerSecond is int perSecond and > 0)
            _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                // Refilled ten times a second, so a burst is at most a tenth of a second's worth.
                TokenLimit = Math.Max(1, perSecond / 10),
                TokensPerPeriod = Math.Max(1, perSecond / 10),
                ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
    }

    public SnmpClientStatistics Statistics => new(
        Interlocked.Read(ref _sent),
        _channel.Received,
        Interlocked.Read(ref _retransmissions),
        Interlocked.Read(ref _timeouts),
        _channel.Dropped);

    public Task<Pdu> GetAsync(SnmpTarget target, IEnumerable<Oid> oids, CancellationToken cancellationToken = default) =>
        SendAsync(target, id => Pdu.Get(id, oids), cancellationToken);

    public Task<Pdu> GetNextAsync(SnmpTarget target, IEnumerable<Oid> oids, CancellationToken cancellationToken = default) =>
        SendAsync(target, id => Pdu.GetNext(id, oids), cancellationToken);

    public Task<Pdu> GetBulkAsync(
        SnmpTarget target, int nonRepeaters, int maxRepetitions, IEnumerable<Oid> oids, CancellationToken cancellationToken = default)
    {
        if (target.Credentials.Version == SnmpVersion.V1) throw new ArgumentException("GETBULK does not exist in SNMPv1");
        return SendAsync(target, id => Pdu.GetBulk(id, nonRepeaters, maxRepetitions, oids), cancellationToken);
    }

    /// <summary>Walks a subtree (GETBULK with adaptive max-repetitions for v2c/v3, GETNEXT for v1).</summary>
    public Task<WalkResult> WalkAsync(
        SnmpTarget target, Oid root, WalkOptions? options = null, CancellationToken cancellationToken = default) =>
        new Walker(this, target, root, options ?? new WalkOptions()).RunAsync(cancellationToken);

    /// <summary>Whether this agent has answered this credential and context before (and so gets patience when silent).</summary>
    public bool HasAnswered(SnmpTarget target) => _agents.TryGetValue(target.EndPoint, out var agent) && agent.HasAnswered(target);

    /// <summary>Sends one request and returns the response PDU (whose error-status the caller reads).
    /// Reports, timeouts and security failures are thrown as <see cref="SnmpException"/>.</summary>
    public async Task<Pdu> SendAsync(SnmpTarget target, Func<int, Pdu> buildRequest, CancellationToken cancellationToken = default)
    {
        var agent = AgentFor(target.EndPoint);
        await agent.Window.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _window.EnterAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return target.Credentials switch
                {
                    CommunityCredentials community =>
                        await SendCommunityAsync(target, community, buildRequest, cancellationToken).ConfigureAwait(false),
                    UsmCredentials usm => await SendUsmAsync(target, usm, buildRequest, cancellationToken).ConfigureAwait(false),
                    _ => throw new ArgumentException($"unsupported credentials {target.Credentials.GetType().Name}"),
                };
            }
            finally { _window.Leave(); }
        }
        finally { agent.Window.Leave(); }
    }

    internal AgentState AgentFor(IPEndPoint endPoint) => _agents.GetOrAdd(endPoint, _ => new AgentState(_options.MaxInFlightPerAgent));

    /// <summary>Requests in flight allowed now to one agent and overall, for tests of the windows.</summary>
    internal (int PerAgent, int Total) WindowLimits(IPEndPoint endPoint) => (AgentFor(endPoint).Window.Limit, _window.Limit);

    private async Task<Pdu> SendCommunityAsync(
        SnmpTarget target, CommunityCredentials credentials, Func<int, Pdu> buildRequest, CancellationToken cancellationToken)
    {
        string community = credentials.Community.Reveal() + (target.Context.Length > 0 ? "@" + target.Context : "");
        var communityOctets = Encoding.UTF8.GetBytes(community);
        var answer = await ExchangeAsync(target,
            id => MessageCodec.Encode(new CommunityMessage(credentials.Version, communityOctets, buildRequest(id))),
            cancellationToken).ConfigureAwait(false);
        if (answer.Decoded.Message is not CommunityMessage { Pdu: Pdu { Type: PduType.Response } pdu } reply
            || reply.Version != credentials.Version)
            throw new SnmpException(SnmpFailure.MalformedPacket,
                $"{target.EndPoint} answered with something other than a {credentials.Version} Response");
        AgentFor(target.EndPoint).OnResponse(target);
        return pdu;
    }

    /// <summary>For tests: pretend our idea of an agent's clock (or engine ID) has gone stale.</summary>
    internal void OverrideEngine(IPEndPoint endPoint, Func<EngineState, EngineState> change)
    {
        if (_engines.TryGetValue(endPoint, out var engine)) _engines[endPoint] = change(engine);
    }

    private int NextId()
    {
        int id = Interlocked.Increment(ref _nextId) & int.MaxValue;
        return id == 0 ? NextId() : id;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync().ConfigureAwait(false);
        _rate?.Dispose();
    }
}
