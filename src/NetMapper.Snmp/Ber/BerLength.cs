namespace NetMapper.Snmp.Ber;

internal static class BerLength
{
    public static void Append(List<byte> output, int length)
    {
        if (length < 0x80) { output.Add((byte)length); return; }
        int bytes = length <= 0xFF ? 1 : length <= 0xFFFF ? 2 : length <= 0xFFFFFF ? 3 : 4;
        output.Add((byte)(0x80 | bytes));
        for (int i = bytes - 1; i >= 0; i--) output.Add((byte)(length >> (8 * i)));
    }

    /// <summary>Octets a TLV takes with a definite length: tag, length field, content.</summary>
    public static int TlvSize(int contentLength) => 1 + LengthFieldSize(contentLength) + contentLength;

    private static int LengthFieldSize(int contentLength) => contentLength switch
    {
        < 0x80 => 1,
        <= 0xFF => 2,
        <= 0xFFFF => 3,
        <= 0xFFFFFF => 4,
        _ => 5,
    };
}
