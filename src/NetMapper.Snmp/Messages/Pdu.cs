namespace NetMapper.Snmp;

/// <summary>Any PDU: the SNMPv2 form or the SNMPv1 Trap.</summary>
public abstract record SnmpPdu(PduType Type, IReadOnlyList<Varbind> Varbinds);

/// <summary>
/// Every PDU but the v1 Trap. In a GetBulkRequest the two integer fields are non-repeaters and
/// max-repetitions; <see cref="NonRepeaters"/> and <see cref="MaxRepetitions"/> name them.
/// </summary>
public sealed record Pdu(PduType Type, int RequestId, int ErrorStatusField, int ErrorIndex, IReadOnlyList<Varbind> Varbinds)
    : SnmpPdu(Type, Varbinds)
{
    public ErrorStatus ErrorStatus => (ErrorStatus)ErrorStatusField;
    public int NonRepeaters => ErrorStatusField;
    public int MaxRepetitions => ErrorIndex;

    public static Pdu Get(int requestId, IEnumerable<Oid> oids) => Request(PduType.GetRequest, requestId, oids);
    public static Pdu GetNext(int requestId, IEnumerable<Oid> oids) => Request(PduType.GetNextRequest, requestId, oids);

    public static Pdu GetBulk(int requestId, int nonRepeaters, int maxRepetitions, IEnumerable<Oid> oids) =>
        new(PduType.GetBulkRequest, requestId, nonRepeaters, maxRepetitions, oids.Select(Varbind.Request).ToArray());

    private static Pdu Request(PduType type, int requestId, IEnumerable<Oid> oids) =>
        new(type, requestId, 0, 0, oids.Select(Varbind.Request).ToArray());

    public Pdu ResponseWith(IReadOnlyList<Varbind> varbinds, ErrorStatus status = ErrorStatus.NoError, int errorIndex = 0) =>
        new(PduType.Response, RequestId, (int)status, errorIndex, varbinds);
}

/// <summary>The SNMPv1 Trap-PDU (RFC 1157), decoded for completeness of the decoder.</summary>
public sealed record TrapV1Pdu(
    Oid Enterprise, byte[] AgentAddress, int GenericTrap, int SpecificTrap, uint TimeStamp, IReadOnlyList<Varbind> Varbinds)
    : SnmpPdu(PduType.TrapV1, Varbinds);
