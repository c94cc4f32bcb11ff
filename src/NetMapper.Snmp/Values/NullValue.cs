using System.Formats.Asn1;

namespace NetMapper.Snmp;

/// <summary>NULL (requests carry it) and the three SNMPv2 exceptions, which are NULLs under context tags.</summary>
public sealed record NullValue : SnmpValue
{
    public static readonly NullValue Null = new(SnmpType.Null);
    public static readonly NullValue NoSuchObject = new(SnmpType.NoSuchObject);
    public static readonly NullValue NoSuchInstance = new(SnmpType.NoSuchInstance);
    public static readonly NullValue EndOfMibView = new(SnmpType.EndOfMibView);

    private NullValue(SnmpType type) => Type = type;

    public static NullValue Of(SnmpType type) => type switch
    {
        SnmpType.Null => Null,
        SnmpType.NoSuchObject => NoSuchObject,
        SnmpType.NoSuchInstance => NoSuchInstance,
        SnmpType.EndOfMibView => EndOfMibView,
        _ => throw new ArgumentException($"{type} is not a NULL-valued type", nameof(type)),
    };

    public override SnmpType Type { get; }

    public override string TypeName => Type switch
    {
        SnmpType.NoSuchObject => "noSuchObject",
        SnmpType.NoSuchInstance => "noSuchInstance",
        SnmpType.EndOfMibView => "endOfMibView",
        _ => "NULL",
    };

    public override string FormatValue() => Type switch
    {
        SnmpType.NoSuchObject => "No Such Object available on this agent at this OID",
        SnmpType.NoSuchInstance => "No Such Instance currently exists at this OID",
        SnmpType.EndOfMibView => "No more variables left in this MIB View (It is past the end of the MIB tree)",
        _ => "",
    };

    public override string Format() => Type == SnmpType.Null ? "NULL" : FormatValue();

    internal override void Write(AsnWriter writer)
    {
        if (Type == SnmpType.Null) writer.WriteNull();
        else writer.WriteNull(new Asn1Tag(TagClass.ContextSpecific, (int)Type & 0x1F));
    }
}
