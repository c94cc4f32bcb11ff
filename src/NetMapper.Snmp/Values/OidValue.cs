using System.Formats.Asn1;

namespace NetMapper.Snmp;

/// <summary>An OBJECT IDENTIFIER as a value (sysObjectID, ifSpecific, ...).</summary>
public sealed record OidValue(Oid Value) : SnmpValue
{
    public override SnmpType Type => SnmpType.ObjectIdentifier;
    public override string TypeName => "OID";
    public override string FormatValue() => Value.ToNumericString();
    internal override void Write(AsnWriter writer) => writer.WriteEncodedValue(Value.BerTlv);
}
