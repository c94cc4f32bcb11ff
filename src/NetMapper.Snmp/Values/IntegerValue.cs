using System.Formats.Asn1;
using System.Globalization;

namespace NetMapper.Snmp;

/// <summary>INTEGER / Integer32. Held as 64 bits because agents send values outside the 32-bit range.</summary>
public sealed record IntegerValue(long Value) : SnmpValue
{
    public override SnmpType Type => SnmpType.Integer;
    public override string TypeName => "INTEGER";
    public override string FormatValue() => Value.ToString(CultureInfo.InvariantCulture);
    internal override void Write(AsnWriter writer) => writer.WriteInteger(Value);
}
