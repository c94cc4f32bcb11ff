namespace NetMapper.Snmp;

/// <summary>PDU types by their context tag number (RFC 3416, RFC 1157 for Trap).</summary>
public enum PduType
{
    GetRequest = 0,
    GetNextRequest = 1,
    Response = 2,
    SetRequest = 3,
    TrapV1 = 4,
    GetBulkRequest = 5,
    InformRequest = 6,
    TrapV2 = 7,
    Report = 8,
}
