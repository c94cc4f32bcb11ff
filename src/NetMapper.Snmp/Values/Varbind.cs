namespace NetMapper.Snmp;

/// <summary>A variable binding: an OID and its value.</summary>
public sealed record Varbind(Oid Oid, SnmpValue Value)
{
    public static Varbind Request(Oid oid) => new(oid, NullValue.Null);

    /// <summary>The net-snmp -On line: ".1.3.6.1.2.1.1.3.0 = Timeticks: (42) 0:00:00.42".</summary>
    public override string ToString() => $"{Oid.ToNumericString()} = {Value.Format()}";
}
