using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.RateLimiting;
using NetMapper.Snmp.Ber;
using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Transport;

/// <summary>
/// An SNMP manager for v1, v2c and v3 (USM). One instance serves any number of agents concurrently over a
/// shared socket; requests to one agent are limited to <see cref="SnmpClientOptions.MaxInFlightPerAgent"/>.
/// </summary>
public sealed class SnmpClient : IAsyncDisposable
{
    private readonly SnmpClientOptions _options;
    private readonly UdpChannel _channel = new();
    private readonly SemaphoreSlim _total;
    private readonly ConcurrentDictionary<IPEndPoint, SemaphoreSlim> _perAgent = new();
    private readonly ConcurrentDictionary<IPEndPoint, EngineState> _engines = new();
    private readonly UsmKeyCache _keys = new();
    private readonly RateLimiter? _rate;
    private int _nextId = Random.Shared.Next(1, int.MaxValue / 2);
    private long _sent, _retransmissions, _timeouts;

    public SnmpClient(SnmpClientOptions? options = null)
    {
        _options = options ?? new SnmpClientOptions();
        _total = new SemaphoreSlim(_options.MaxInFlightTotal);
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

    /// <summary>Sends one request and returns the response PDU (whose error-status the caller reads).
    /// Reports, timeouts and security failures are thrown as <see cref="SnmpException"/>.</summary>
    public async Task<Pdu> SendAsync(SnmpTarget target, Func<int, Pdu> buildRequest, CancellationToken cancellationToken = default)
    {
        var agentGate = _perAgent.GetOrAdd(target.EndPoint, _ => new SemaphoreSlim(_options.MaxInFlightPerAgent));
        await agentGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _total.WaitAsync(cancellationToken).ConfigureAwait(false);
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
            finally { _total.Release(); }
        }
        finally { agentGate.Release(); }
    }

    private async Task<Pdu> SendCommunityAsync(
        SnmpTarget target, CommunityCredentials credentials, Func<int, Pdu> buildRequest, CancellationToken cancellationToken)
    {
        int id = NextId();
        string community = credentials.Community.Reveal() + (target.Context.Length > 0 ? "@" + target.Context : "");
        var packet = MessageCodec.Encode(new CommunityMessage(credentials.Version, Encoding.UTF8.GetBytes(community), buildRequest(id)));
        var answer = await ExchangeAsync(target, id, packet, cancellationToken).ConfigureAwait(false);
        if (answer.Decoded.Message is not CommunityMessage { Pdu: Pdu { Type: PduType.Response } pdu } reply
            || reply.Version != credentials.Version)
            throw new SnmpException(SnmpFailure.MalformedPacket,
                $"{target.EndPoint} answered with something other than a {credentials.Version} Response");
        return pdu;
    }

    private async Task<Pdu> SendUsmAsync(
        SnmpTarget target, UsmCredentials credentials, Func<int, Pdu> buildRequest, CancellationToken cancellationToken)
    {
        var contextName = Encoding.UTF8.GetBytes(target.Context);
        for (int attempt = 0; ; attempt++)
        {
            var engine = _engines.TryGetValue(target.EndPoint, out var known)
                ? known
                : await DiscoverAsync(target, cancellationToken).ConfigureAwait(false);
            var keys = _keys.For(credentials, engine.EngineId);
            int id = NextId();
            var packet = UsmProcessor.Seal(id, _options.MaxMessageSize, V3Flags.Reportable,
                engine.EngineId, engine.Boots, engine.EstimatedTime, keys, new ScopedPdu(engine.EngineId, contextName, buildRequest(id)));
            var answer = await ExchangeAsync(target, id, packet, cancellationToken).ConfigureAwait(false);

            if (answer.Decoded.Message is not V3Message reply)
                throw new SnmpException(SnmpFailure.MalformedPacket, $"{target.EndPoint} answered an SNMPv3 request with another version");
            bool authenticated = (reply.Flags & V3Flags.Auth) != 0;
            if (authenticated && !UsmProcessor.VerifyDigest(answer.Packet, answer.Decoded, keys))
                throw new SnmpException(SnmpFailure.WrongDigest,
                    $"{target.EndPoint}: the answer failed the digest check: wrong authentication pass phrase or protocol");
            var scoped = UsmProcessor.Open(reply, keys)
                ?? throw new SnmpException(SnmpFailure.DecryptionError,
                    $"{target.EndPoint}: the answer could not be decrypted: wrong privacy pass phrase or protocol");
            if (scoped.Pdu is not Pdu pdu)
                throw new SnmpException(SnmpFailure.MalformedPacket, $"{target.EndPoint} answered with a {scoped.Pdu.Type}");

            if (pdu.Type == PduType.Report)
            {
                var failure = pdu.Varbinds.Count > 0 ? UsmStats.FailureOf(pdu.Varbinds[0].Oid) : SnmpFailure.Report;
                if (attempt == 0 && failure == SnmpFailure.NotInTimeWindow && authenticated)
                {
                    _engines[target.EndPoint] = EngineState.Learn(reply.Usm);
                    continue;
                }
                if (attempt == 0 && failure == SnmpFailure.UnknownEngineId)
                {
                    _engines.TryRemove(target.EndPoint, out _);
                    continue;
                }
                string detail = failure == SnmpFailure.Report && pdu.Varbinds.Count > 0 ? $" ({pdu.Varbinds[0].Oid})" : "";
                throw new SnmpException(failure, $"{target.EndPoint}: {UsmStats.Describe(failure)}{detail}");
            }
            if (pdu.Type != PduType.Response)
                throw new SnmpException(SnmpFailure.MalformedPacket, $"{target.EndPoint} answered with a {pdu.Type}");
            if (authenticated) _engines[target.EndPoint] = EngineState.Learn(reply.Usm);
            return pdu;
        }
    }

    /// <summary>
    /// RFC 3414 4: an unauthenticated request with an empty engine ID draws a Report carrying the agent's engine ID and clock.
    /// </summary>
    private async Task<EngineState> DiscoverAsync(SnmpTarget target, CancellationToken cancellationToken)
    {
        int id = NextId();
        var probe = new V3Message(id, _options.MaxMessageSize, V3Flags.Reportable, V3Message.UsmSecurityModel, UsmParameters.Discovery,
            new ScopedPdu([], [], Pdu.Get(id, [])), null);
        var answer = await ExchangeAsync(target, id, MessageCodec.Encode(probe, out _), cancellationToken).ConfigureAwait(false);
        if (answer.Decoded.Message is not V3Message { Usm.EngineId.Length: > 0 } reply)
            throw new SnmpException(SnmpFailure.MalformedPacket, $"{target.EndPoint} did not return its engine ID to SNMPv3 discovery");
        var engine = EngineState.Learn(reply.Usm);
        _engines[target.EndPoint] = engine;
        return engine;
    }

    private async Task<ReceivedMessage> ExchangeAsync(SnmpTarget target, int id, byte[] packet, CancellationToken cancellationToken)
    {
        using var waiter = _channel.Expect(id, target.EndPoint);
        for (int attempt = 0; attempt <= target.Retries; attempt++)
        {
            if (attempt > 0) Interlocked.Increment(ref _retransmissions);
            if (_rate is not null) using (await _rate.AcquireAsync(1, cancellationToken).ConfigureAwait(false)) { }
            Interlocked.Increment(ref _sent);
            await _channel.SendAsync(packet, target.EndPoint, cancellationToken).ConfigureAwait(false);
            try { return await waiter.Task.WaitAsync(target.Timeout, cancellationToken).ConfigureAwait(false); }
            catch (TimeoutException) { }
        }
        Interlocked.Increment(ref _timeouts);
        throw new SnmpException(SnmpFailure.Timeout,
            $"no answer from {target.EndPoint} ({target.Retries + 1} tries, {target.Timeout.TotalSeconds:0.###} s each)");
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
