using System.Text;
using NetMapper.Snmp.Ber;
using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Transport;

/// <summary>The SNMPv3 side of the client: engine discovery, time synchronisation and the USM checks of each answer.</summary>
public sealed partial class SnmpClient
{
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
            // Each try is sealed anew: its own msgID, and the agent's clock as it stands when it leaves.
            byte[] Seal(int id) => UsmProcessor.Seal(id, _options.MaxMessageSize, V3Flags.Reportable, engine.EngineId, engine.Boots,
                engine.EstimatedTime, keys, new ScopedPdu(engine.EngineId, contextName, buildRequest(id)));
            var answer = await ExchangeAsync(target, Seal, cancellationToken).ConfigureAwait(false);

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
            AgentFor(target.EndPoint).OnResponse(target);
            return pdu;
        }
    }

    /// <summary>
    /// RFC 3414 4: an unauthenticated request with an empty engine ID draws a Report carrying the agent's engine ID and clock.
    /// </summary>
    private async Task<EngineState> DiscoverAsync(SnmpTarget target, CancellationToken cancellationToken)
    {
        byte[] Probe(int id) => MessageCodec.Encode(new V3Message(id, _options.MaxMessageSize, V3Flags.Reportable,
            V3Message.UsmSecurityModel, UsmParameters.Discovery, new ScopedPdu([], [], Pdu.Get(id, [])), null), out _);
        var answer = await ExchangeAsync(target, Probe, cancellationToken).ConfigureAwait(false);
        if (answer.Decoded.Message is not V3Message { Usm.EngineId.Length: > 0 } reply)
            throw new SnmpException(SnmpFailure.MalformedPacket, $"{target.EndPoint} did not return its engine ID to SNMPv3 discovery");
        var engine = EngineState.Learn(reply.Usm);
        _engines[target.EndPoint] = engine;
        return engine;
    }
}
