using System.Formats.Asn1;
using NetMapper.Snmp.Ber;

namespace NetMapper.Snmp.Agent;

/// <summary>
/// Answers GET, GETNEXT, GETBULK and SET (refused: recordings are read-only) from a recording, with
/// SNMPv1 or SNMPv2 error semantics, within a response size budget (RFC 3416 4.2.3: GETBULK answers with
/// as many varbinds as fit; other requests that do not fit get tooBig).
/// </summary>
internal static class RequestHandler
{
    /// <summary>Returns the response PDU, or null when the request gets no answer.</summary>
    /// <param name="varbindBudget">Octets the variable-bindings list may take in the response.</param>
    public static Pdu? Handle(Recording recording, Pdu request, SnmpVersion version, int varbindBudget)
    {
        bool v1 = version == SnmpVersion.V1;
        return request.Type switch
        {
            PduType.GetRequest => Fit(request, v1 ? GetV1(recording, request) : Get(recording, request), varbindBudget),
            PduType.GetNextRequest => Fit(request, v1 ? GetNextV1(recording, request) : GetNext(recording, request), varbindBudget),
            PduType.GetBulkRequest => v1 ? null : GetBulk(recording, request, varbindBudget),
            PduType.SetRequest => request.ResponseWith(request.Varbinds, v1 ? ErrorStatus.NoSuchName : ErrorStatus.NotWritable, 1),
            _ => null,
        };
    }

    private static Pdu Get(Recording recording, Pdu request) =>
        request.ResponseWith(request.Varbinds.Select(vb => GetOne(recording, vb.Oid)).ToArray());

    private static Varbind GetOne(Recording recording, Oid oid) => new(oid, recording.Get(oid) ?? Missing(recording, oid));

    private static NullValue Missing(Recording recording, Oid oid) =>
        oid.Length > 2 && recording.HasSubtree(Oid.FromArcs(oid.Arcs[..^1])) ? NullValue.NoSuchInstance : NullValue.NoSuchObject;

    private static Pdu GetNext(Recording recording, Pdu request) =>
        request.ResponseWith(request.Varbinds.Select(vb => GetNextOne(recording, vb.Oid)).ToArray());

    private static Varbind GetNextOne(Recording recording, Oid oid) => recording.Next(oid) ?? new Varbind(oid, NullValue.EndOfMibView);

    // SNMPv1 cannot carry Counter64 (RFC 3584 4.2.2): GET treats it as absent, GETNEXT skips it.
    private static bool V1Visible(SnmpValue value) => value.Type != SnmpType.Counter64;

    private static Pdu GetV1(Recording recording, Pdu request)
    {
        var answers = new Varbind[request.Varbinds.Count];
        for (int i = 0; i < answers.Length; i++)
        {
            var value = recording.Get(request.Varbinds[i].Oid);
            if (value is null || !V1Visible(value)) return request.ResponseWith(request.Varbinds, ErrorStatus.NoSuchName, i + 1);
            answers[i] = new Varbind(request.Varbinds[i].Oid, value);
        }
        return request.ResponseWith(answers);
    }

    private static Pdu GetNextV1(Recording recording, Pdu request)
    {
        var answers = new Varbind[request.Varbinds.Count];
        for (int i = 0; i < answers.Length; i++)
        {
            var next = recording.Next(request.Varbinds[i].Oid, V1Visible);
            if (next is null) return request.ResponseWith(request.Varbinds, ErrorStatus.NoSuchName, i + 1);
            answers[i] = next;
        }
        return request.ResponseWith(answers);
    }

    private static Pdu GetBulk(Recording recording, Pdu request, int budget)
    {
        int count = request.Varbinds.Count;
        int nonRepeaters = Math.Clamp(request.NonRepeaters, 0, count);
        int maxRepetitions = Math.Max(0, request.MaxRepetitions);
        var answers = new List<Varbind>();
        int used = 0;

        bool Add(Varbind vb)
        {
            int size = EncodedSize(vb);
            if (used + size > budget) return false;
            used += size;
            answers.Add(vb);
            return true;
        }

        for (int i = 0; i < nonRepeaters; i++)
            if (!Add(recording.Next(request.Varbinds[i].Oid) ?? new Varbind(request.Varbinds[i].Oid, NullValue.EndOfMibView)))
                return request.ResponseWith([], ErrorStatus.TooBig);

        var cursors = request.Varbinds.Skip(nonRepeaters).Select(vb => vb.Oid).ToArray();
        for (int repetition = 0; repetition < maxRepetitions && cursors.Length > 0; repetition++)
        {
            bool allEnded = true;
            for (int r = 0; r < cursors.Length; r++)
            {
                var next = recording.Next(cursors[r]);
                if (next is not null) { allEnded = false; cursors[r] = next.Oid; }
                if (!Add(next ?? new Varbind(cursors[r], NullValue.EndOfMibView)))
                    return answers.Count > 0 ? request.ResponseWith(answers) : request.ResponseWith([], ErrorStatus.TooBig);
            }
            if (allEnded) break;
        }
        return request.ResponseWith(answers);
    }

    private static Pdu Fit(Pdu request, Pdu response, int budget) =>
        response.Varbinds.Sum(EncodedSize) <= budget ? response : request.ResponseWith([], ErrorStatus.TooBig);

    internal static int EncodedSize(Varbind vb)
    {
        var writer = new AsnWriter(AsnEncodingRules.BER);
        vb.Value.Write(writer);
        return BerLength.TlvSize(vb.Oid.BerTlv.Length + writer.GetEncodedLength());
    }
}
