using System.Formats.Asn1;

namespace NetMapper.Snmp.Ber;

internal static class ValueDecoder
{
    public static SnmpValue Read(ref BerReader reader)
    {
        var tag = reader.Read(out var content, out _);
        if (tag.IsConstructed) throw new SnmpDecodeException($"a value has a constructed tag {tag}");
        return tag.TagClass switch
        {
            TagClass.Universal => tag.TagValue switch
            {
                2 => new IntegerValue(BerReader.DecodeSigned(content, "INTEGER")),
                4 => new OctetStringValue(content),
                5 => NullValue.Null,
                6 => new OidValue(OidCodec.DecodeContent(content)),
                _ => throw new SnmpDecodeException($"universal tag {tag.TagValue} is not an SNMP value type"),
            },
            TagClass.Application => (SnmpType)(0x40 | tag.TagValue) switch
            {
                SnmpType.IpAddress => new IpAddressValue(content),
                SnmpType.Counter32 => UnsignedValue.Counter32((uint)BerReader.DecodeUnsigned(content, 32, "Counter32")),
                SnmpType.Gauge32 => UnsignedValue.Gauge32((uint)BerReader.DecodeUnsigned(content, 32, "Gauge32")),
                SnmpType.TimeTicks => new TimeTicksValue((uint)BerReader.DecodeUnsigned(content, 32, "TimeTicks")),
                SnmpType.Opaque => new OctetStringValue(content, SnmpType.Opaque),
                SnmpType.Counter64 => UnsignedValue.Counter64(BerReader.DecodeUnsigned(content, 64, "Counter64")),
                _ => throw new SnmpDecodeException($"application tag {tag.TagValue} is not an SNMP value type"),
            },
            TagClass.ContextSpecific when tag.TagValue is >= 0 and <= 2 => content.IsEmpty
                ? NullValue.Of((SnmpType)(0x80 | tag.TagValue))
                : throw new SnmpDecodeException("an exception value has content"),
            _ => throw new SnmpDecodeException($"tag {tag.TagClass} {tag.TagValue} is not an SNMP value type"),
        };
    }
}
