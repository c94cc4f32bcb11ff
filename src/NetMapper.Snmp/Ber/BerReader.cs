using System.Formats.Asn1;

namespace NetMapper.Snmp.Ber;

/// <summary>
/// Reads SNMP's BER one TLV at a time on top of <see cref="AsnDecoder"/>, which frames each value
/// (tags, long-form and non-minimal lengths). Contents are interpreted here, leniently: agents send
/// non-minimal integers and 4-byte counters with the sign bit set. Every failure is an
/// <see cref="SnmpDecodeException"/>. Tracks absolute offsets so USM can find the digest field.
/// </summary>
internal ref struct BerReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _baseOffset;
    private int _position;

    public BerReader(ReadOnlySpan<byte> data, int baseOffset = 0)
    {
        _data = data;
        _baseOffset = baseOffset;
        _position = 0;
    }

    public readonly bool HasMore => _position < _data.Length;

    public Asn1Tag PeekTag()
    {
        try { return Asn1Tag.Decode(_data[_position..], out _); }
        catch (AsnContentException e) { throw new SnmpDecodeException("unreadable tag", e); }
    }

    /// <summary>Reads one TLV; returns its tag, content and the content's absolute offset.</summary>
    public Asn1Tag Read(out ReadOnlySpan<byte> content, out int contentOffset)
    {
        if (!HasMore) throw new SnmpDecodeException("a value is missing at the end of a sequence");
        var rest = _data[_position..];
        if (rest.Length >= 2 && rest[1] == 0x80)
            throw new SnmpDecodeException("indefinite lengths are not used by SNMP");
        Asn1Tag tag;
        int offset, length, consumed;
        try { tag = AsnDecoder.ReadEncodedValue(rest, AsnEncodingRules.BER, out offset, out length, out consumed); }
        catch (AsnContentException e) { throw new SnmpDecodeException($"bad TLV at offset {_baseOffset + _position}: {e.Message}", e); }
        content = rest.Slice(offset, length);
        contentOffset = _baseOffset + _position + offset;
        _position += consumed;
        return tag;
    }

    public ReadOnlySpan<byte> Read(Asn1Tag expected, string what)
    {
        var tag = Read(out var content, out _);
        if (tag != expected) throw new SnmpDecodeException($"{what}: expected {Describe(expected)}, found {Describe(tag)}");
        return content;
    }

    public BerReader ReadSequence(Asn1Tag expected, string what)
    {
        var tag = Read(out var content, out var offset);
        if (tag != expected) throw new SnmpDecodeException($"{what}: expected {Describe(expected)}, found {Describe(tag)}");
        return new BerReader(content, offset);
    }

    public long ReadInteger(string what) => DecodeSigned(Read(Asn1Tag.Integer, what), what);

    public int ReadInt32(string what)
    {
        long value = ReadInteger(what);
        if (value is < int.MinValue or > int.MaxValue) throw new SnmpDecodeException($"{what} {value} does not fit 32 bits");
        return (int)value;
    }

    public byte[] ReadOctetString(string what) => Read(Asn1Tag.PrimitiveOctetString, what).ToArray();

    public readonly void ExpectEnd(string what)
    {
        if (HasMore) throw new SnmpDecodeException($"{what} has {_data.Length - _position} unexpected trailing octets");
    }

    public static long DecodeSigned(ReadOnlySpan<byte> content, string what)
    {
        if (content.IsEmpty) throw new SnmpDecodeException($"{what}: an INTEGER has no content");
        // Non-minimal encodings (leading 00 or FF) are legal to read; only the magnitude must fit.
        while (content.Length > 1 && ((content[0] == 0x00 && (content[1] & 0x80) == 0) || (content[0] == 0xFF && (content[1] & 0x80) != 0)))
            content = content[1..];
        if (content.Length > 8) throw new SnmpDecodeException($"{what}: an INTEGER of {content.Length} octets does not fit 64 bits");
        long value = (sbyte)content[0];
        for (int i = 1; i < content.Length; i++) value = (value << 8) | content[i];
        return value;
    }

    /// <summary>Unsigned application types. Values wider than <paramref name="bits"/> after dropping
    /// leading zeros are errors; a negative encoding (a common agent bug) is read as its two's complement.</summary>
    public static ulong DecodeUnsigned(ReadOnlySpan<byte> content, int bits, string what)
    {
        if (content.IsEmpty) throw new SnmpDecodeException($"{what}: no content");
        while (content.Length > 1 && content[0] == 0x00) content = content[1..];
        if (content.Length > bits / 8) throw new SnmpDecodeException($"{what}: {content.Length} octets do not fit {bits} bits");
        ulong value = 0;
        foreach (var b in content) value = (value << 8) | b;
        return value;
    }

    private static string Describe(Asn1Tag tag) =>
        $"{tag.TagClass} {tag.TagValue}{(tag.IsConstructed ? " (constructed)" : "")}";
}
