using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NetMapper.Snmp.Ber;
using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Agent;

/// <summary>
/// One simulated agent on one UDP address: community and USM checks (with the Reports RFC 3414 prescribes),
/// then <see cref="RequestHandler"/>. <see cref="Process"/> is the whole logic without the socket.
/// </summary>
internal sealed class AgentEndpoint : IDisposable
{
    private const int TimeWindowSeconds = 150;
    private readonly AgentEndpointSettings _settings;
    private readonly Dictionary<string, UsmKeys> _users;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly int _boots = 1;
    private readonly Dictionary<Oid, uint> _reportCounters = [];
    private Socket? _socket;
    private long _answered, _answerable;

    /// <summary>Responses sent, for benchmarks that count packets.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    public AgentEndpoint(AgentEndpointSettings settings, UsmKeyCache keys)
    {
        _settings = settings;
        _users = settings.Users.ToDictionary(u => u.UserName, u => keys.For(u, settings.EngineId), StringComparer.Ordinal);
    }

    public IPEndPoint EndPoint => (IPEndPoint?)_socket?.LocalEndPoint ?? _settings.EndPoint;
    private int EngineTime => (int)Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;

    public void Bind()
    {
        _socket = Transport.UdpSockets.Create(_settings.EndPoint.AddressFamily);
        _socket.Bind(_settings.EndPoint);
    }

    public async Task ServeAsync(CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("Bind first");
        var buffer = new byte[65536];
        EndPoint any = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try { received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { continue; }
            var answer = Process(buffer.AsSpan(0, received.ReceivedBytes));
            if (answer is null || (_answerable++ % Math.Max(1, _settings.AnswerEvery)) != 0) continue;
            Interlocked.Increment(ref _answered);
            try
            {
                if (_settings.ResponseDelay > TimeSpan.Zero)
                    await Task.Delay(_settings.ResponseDelay, cancellationToken).ConfigureAwait(false);
                await socket.SendToAsync(answer, SocketFlags.None, received.RemoteEndPoint, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException) { }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>The answer to one datagram, or null when it gets none (malformed, unknown community, not a request).</summary>
    public byte[]? Process(ReadOnlySpan<byte> packet)
    {
        DecodedMessage decoded;
        try { decoded = MessageCodec.Decode(packet); }
        catch (SnmpDecodeException) { return null; }
        return decoded.Message switch
        {
            CommunityMessage community => ProcessCommunity(community),
            V3Message v3 => ProcessV3(packet, decoded, v3),
            _ => null,
        };
    }

    private byte[]? ProcessCommunity(CommunityMessage message)
    {
        if (message.Pdu is not Pdu request || IsSilentAbout(request)) return null;
        if (!_settings.Communities.TryGetValue(Encoding.Latin1.GetString(message.Community), out var recording)) return null;
        int overhead = MessageCodec.Encode(message with { Pdu = request.ResponseWith([]) }).Length + 16;
        var response = RequestHandler.Handle(recording, request, message.Version, _settings.MaxMessageSize - overhead);
        return response is null ? null : MessageCodec.Encode(message with { Pdu = response });
    }

    private byte[]? ProcessV3(ReadOnlySpan<byte> packet, DecodedMessage decoded, V3Message message)
    {
        var usm = message.Usm;
        bool reportable = (message.Flags & V3Flags.Reportable) != 0;
        int requestId = message.ScopedPdu?.Pdu is Pdu plain ? plain.RequestId : 0;
        var noAuth = UsmKeys.None(usm.UserName);

        if (!usm.EngineId.AsSpan().SequenceEqual(_settings.EngineId))
            return reportable ? Report(message, requestId, UsmStats.UnknownEngineIds, noAuth) : null;
        if (!_users.TryGetValue(Encoding.UTF8.GetString(usm.UserName), out var keys))
            return reportable ? Report(message, requestId, UsmStats.UnknownUserNames, noAuth) : null;
        var level = message.Flags & (V3Flags.Auth | V3Flags.Priv);
        if (level != keys.Flags)
            return reportable ? Report(message, requestId, UsmStats.UnsupportedSecLevels, noAuth) : null;
        if (keys.Auth != AuthProtocol.None)
        {
            if (!UsmProcessor.VerifyDigest(packet, decoded, keys))
                return reportable ? Report(message, requestId, UsmStats.WrongDigests, noAuth) : null;
            if (usm.EngineBoots != _boots || Math.Abs(usm.EngineTime - EngineTime) > TimeWindowSeconds)
                return reportable ? Report(message, requestId, UsmStats.NotInTimeWindows, WithoutPrivacy(keys)) : null;
        }
        var scoped = UsmProcessor.Open(message, keys);
        if (scoped is null) return reportable ? Report(message, requestId, UsmStats.DecryptionErrors, noAuth) : null;
        if (scoped.Pdu is not Pdu request || IsSilentAbout(request)) return null;
        if (!_settings.Contexts.TryGetValue(Encoding.UTF8.GetString(scoped.ContextName), out var recording))
            return reportable ? Report(message, request.RequestId, UsmStats.UnknownContexts, noAuth, scoped.ContextName) : null;

        int overhead = Seal(message, keys, scoped with { Pdu = request.ResponseWith([]) }).Length + 48;
        int budget = Math.Min(_settings.MaxMessageSize, message.MaxSize) - overhead;
        var response = RequestHandler.Handle(recording, request, SnmpVersion.V3, budget);
        return response is null ? null : Seal(message, keys, scoped with { ContextEngineId = _settings.EngineId, Pdu = response });
    }

    private bool IsSilentAbout(Pdu request) =>
        request.Varbinds.Count > 0 && _settings.SilentSubtrees.Any(request.Varbinds[0].Oid.StartsWith);

    /// <summary>The user's keys for a Report that is authenticated but not encrypted, as a notInTimeWindow one is.</summary>
    private static UsmKeys WithoutPrivacy(UsmKeys keys) => keys with { Priv = PrivProtocol.None, PrivKey = [] };

    private byte[] Report(V3Message request, int requestId, Oid counter, UsmKeys keys, byte[]? contextName = null)
    {
        uint count;
        lock (_reportCounters) count = _reportCounters[counter] = _reportCounters.GetValueOrDefault(counter) + 1;
        var pdu = new Pdu(PduType.Report, requestId, 0, 0, [new Varbind(counter, UnsignedValue.Counter32(count))]);
        return Seal(request, keys, new ScopedPdu(_settings.EngineId, contextName ?? [], pdu));
    }

    private byte[] Seal(V3Message request, UsmKeys keys, ScopedPdu scoped) =>
        UsmProcessor.Seal(request.MessageId, _settings.MaxMessageSize, V3Flags.None, _settings.EngineId, _boots, EngineTime, keys, scoped);

    public void Dispose() => _socket?.Dispose();
}
