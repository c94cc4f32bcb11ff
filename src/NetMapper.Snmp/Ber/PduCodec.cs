using System.Formats.Asn1;

namespace NetMapper.Snmp.Ber;

internal static class PduCodec
{
    /// <summary>The deepest PDU content we accept: a request with more varbinds is hostile, not busy.</summary>
    public const int MaxVarbinds = 10_000;

    public static Asn1Tag Tag(PduType type) => new(TagClass.ContextSpecific, (int)type, isConstructed: true);

    public static void Write(AsnWriter writer, SnmpPdu pdu)
    {
        using (writer.PushSequence(Tag(pdu.Type)))
        {
            switch (pdu)
            {
                case Pdu p:
                    writer.WriteInteger(p.RequestId);
                    writer.WriteInteger(p.ErrorStatusField);
                    writer.WriteInteger(p.ErrorIndex);
                    break;
                case TrapV1Pdu t:
                    writer.WriteEncodedValue(t.Enterprise.BerTlv);
                    writer.WriteOctetString(t.AgentAddress, SnmpValue.ApplicationTag(SnmpType.IpAddress));
                    writer.WriteInteger(t.GenericTrap);
                    writer.WriteInteger(t.SpecificTrap);
                    writer.WriteInteger((ulong)t.TimeStamp, SnmpValue.ApplicationTag(SnmpType.TimeTicks));
                    break;
            }
            WriteVarbinds(writer, pdu.Varbinds);
        }
    }

    public static void WriteVarbinds(AsnWriter writer, IReadOnlyList<Varbind> varbinds)
    {
        using (writer.PushSequence())
        {
            foreach (var vb in varbinds)
            {
                using (writer.PushSequence())
                {
                    writer.WriteEncodedValue(vb.Oid.BerTlv);
                    vb.Value.Write(writer);
                }
            }
        }
    }

    public static SnmpPdu Read(ref BerReader reader)
    {
        var tag = reader.PeekTag();
        if (tag.TagClass != TagClass.ContextSpecific || !tag.IsConstructed || tag.TagValue > (int)PduType.Report)
            throw new SnmpDecodeException($"not a PDU tag: {tag.TagClass} {tag.TagValue}");
        var type = (PduType)tag.TagValue;
        var body = reader.ReadSequence(tag, "PDU");
        SnmpPdu pdu;
        if (type == PduType.TrapV1)
        {
            var enterprise = OidCodec.DecodeContent(body.Read(Asn1Tag.ObjectIdentifier, "Trap enterprise"));
            var agentAddress = body.Read(SnmpValue.ApplicationTag(SnmpType.IpAddress), "Trap agent-addr").ToArray();
            int generic = body.ReadInt32("Trap generic-trap");
            int specific = body.ReadInt32("Trap specific-trap");
            var stampContent = body.Read(SnmpValue.ApplicationTag(SnmpType.TimeTicks), "Trap time-stamp");
            var stamp = (uint)BerReader.DecodeUnsigned(stampContent, 32, "time-stamp");
            pdu = new TrapV1Pdu(enterprise, agentAddress, generic, specific, stamp, ReadVarbinds(ref body));
        }
        else
        {
            int requestId = body.ReadInt32("request-id");
            int status = body.ReadInt32("error-status");
            int index = body.ReadInt32("error-index");
            pdu = new Pdu(type, requestId, status, index, ReadVarbinds(ref body));
        }
        body.ExpectEnd("PDU");
        return pdu;
    }

    private static Varbind[] ReadVarbinds(ref BerReader pduBody)
    {
        var list = pduBody.ReadSequence(Asn1Tag.Sequence, "variable-bindings");
        var varbinds = new List<Varbind>();
        while (list.HasMore)
        {
            if (varbinds.Count >= MaxVarbinds) throw new SnmpDecodeException($"more than {MaxVarbinds} variable bindings");
            var vb = list.ReadSequence(Asn1Tag.Sequence, "variable-binding");
            var oid = OidCodec.DecodeContent(vb.Read(Asn1Tag.ObjectIdentifier, "variable-binding name"));
            var value = ValueDecoder.Read(ref vb);
            vb.ExpectEnd("variable-binding");
            varbinds.Add(new Varbind(oid, value));
        }
        return varbinds.ToArray();
    }
}
