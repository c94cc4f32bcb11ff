using System.Formats.Asn1;

namespace NetMapper.Snmp;

/// <summary>A value in a variable binding. Each kind knows how to write itself and how net-snmp names and prints it.</summary>
public abstract record SnmpValue
{
    public abstract SnmpType Type { get; }

    /// <summary>The type as net-snmp prints it before the colon ("INTEGER", "STRING", "Counter32", ...).</summary>
    public virtual string TypeName => Type.ToString();

    /// <summary>The value as net-snmp prints it after "TYPE: ".</summary>
    public abstract string FormatValue();

    /// <summary>"TYPE: value", or the bare text net-snmp prints for NULL and the exceptions.</summary>
    public virtual string Format() => $"{TypeName}: {FormatValue()}";

    internal abstract void Write(AsnWriter writer);

    /// <summary>True for noSuchObject, noSuchInstance and endOfMibView.</summary>
    public bool IsException => Type >= SnmpType.NoSuchObject;

    internal static Asn1Tag ApplicationTag(SnmpType type) => new(TagClass.Application, (int)type & 0x1F);
}
