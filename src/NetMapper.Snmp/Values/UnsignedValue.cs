using System.Formats.Asn1;
using System.Globalization;

namespace NetMapper.Snmp;

/// <summary>Counter32, Gauge32 (Unsigned32) and Counter64: unsigned application types differing only in tag and width.</summary>
public sealed record UnsignedValue : SnmpValue
{
    public UnsignedValue(SnmpType type, ulong value)
    {
        if (type is not (SnmpType.Counter32 or SnmpType.Gauge32 or SnmpType.Counter64))
            throw new ArgumentException($"{type} is not an unsigned integer type", nameof(type));
        if (type != SnmpType.Counter64 && value > uint.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), $"{type} holds at most {uint.MaxValue}");
        Type = type;
        Value = value;
    }

    public override SnmpType Type { get; }
    public ulong Value { get; }
    public override string FormatValue() => Value.ToString(CultureInfo.InvariantCulture);
    internal override void Write(AsnWriter writer) => writer.WriteInteger(Value, ApplicationTag(Type));

    public static UnsignedValue Counter32(uint value) => new(SnmpType.Counter32, value);
    public static UnsignedValue Gauge32(uint value) => new(SnmpType.Gauge32, value);
    public static UnsignedValue Counter64(ulong value) => new(SnmpType.Counter64, value);
}
