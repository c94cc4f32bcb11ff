namespace NetMapper.Snmp.Ber;

/// <summary>BER content octets of an OBJECT IDENTIFIER (X.690 8.19), written by hand so that decoding
/// can be lenient where agents are sloppy and strict where input is hostile (arc count, overflow).</summary>
internal static class OidCodec
{
    public static byte[] EncodeTlv(ReadOnlySpan<uint> arcs)
    {
        Span<byte> content = stackalloc byte[5 * Oid.MaxArcs + 5];
        int length = EncodeContent(arcs, content);
        var tlv = new List<byte>(length + 4) { 0x06 };
        BerLength.Append(tlv, length);
        for (int i = 0; i < length; i++) tlv.Add(content[i]);
        return tlv.ToArray();
    }

    private static int EncodeContent(ReadOnlySpan<uint> arcs, Span<byte> output)
    {
        if (arcs.Length < 1) throw new ArgumentException("an empty OID cannot be encoded");
        int pos = WriteBase128((ulong)arcs[0] * 40 + (arcs.Length > 1 ? arcs[1] : 0), output);
        for (int i = 2; i < arcs.Length; i++) pos += WriteBase128(arcs[i], output[pos..]);
        return pos;
    }

    private static int WriteBase128(ulong value, Span<byte> output)
    {
        int groups = 1;
        for (ulong v = value >> 7; v != 0; v >>= 7) groups++;
        for (int i = groups - 1; i >= 0; i--)
        {
            byte b = (byte)((value >> (7 * i)) & 0x7F);
            output[groups - 1 - i] = i == 0 ? b : (byte)(b | 0x80);
        }
        return groups;
    }

    public static Oid DecodeContent(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) throw new SnmpDecodeException("an OBJECT IDENTIFIER has no content");
        Span<uint> arcs = stackalloc uint[Oid.MaxArcs + 1]; // a walk decodes an OID per row: no list to grow and copy
        int count = 0;
        int pos = 0;
        while (pos < content.Length)
        {
            ulong value = 0;
            int groups = 0;
            byte b;
            do
            {
                if (pos >= content.Length) throw new SnmpDecodeException("an OBJECT IDENTIFIER ends inside a sub-identifier");
                b = content[pos++];
                if (++groups > 10) throw new SnmpDecodeException("an OBJECT IDENTIFIER sub-identifier is too long");
                value = (value << 7) | (uint)(b & 0x7F);
            } while ((b & 0x80) != 0);

            if (count == 0)
            {
                uint top = value < 40 ? 0u : value < 80 ? 1u : 2u;
                ulong second = value - top * 40;
                if (second > uint.MaxValue) throw new SnmpDecodeException("an OBJECT IDENTIFIER sub-identifier exceeds 32 bits");
                arcs[count++] = top;
                arcs[count++] = (uint)second;
            }
            else
            {
                if (value > uint.MaxValue) throw new SnmpDecodeException("an OBJECT IDENTIFIER sub-identifier exceeds 32 bits");
                if (count == Oid.MaxArcs)
                    throw new SnmpDecodeException($"an OBJECT IDENTIFIER has more than {Oid.MaxArcs} sub-identifiers");
                arcs[count++] = (uint)value;
            }
        }
        return Oid.FromDecodedArcs(arcs[..count].ToArray());
    }
}
