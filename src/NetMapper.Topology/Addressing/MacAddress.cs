using System.Globalization;

namespace NetMapper.Topology;

/// <summary>A 48-bit MAC address. Cannot hold anything else; prints as lower-case colon-separated hex.</summary>
public readonly record struct MacAddress : IComparable<MacAddress>
{
    private readonly ulong _value;

    private MacAddress(ulong value) => _value = value;

    public static MacAddress FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 6) throw new FormatException($"a MAC address has 6 octets, not {bytes.Length}");
        ulong value = 0;
        foreach (var b in bytes) value = value << 8 | b;
        return new MacAddress(value);
    }

    public static bool TryFromBytes(ReadOnlySpan<byte> bytes, out MacAddress mac)
    {
        mac = default;
        if (bytes.Length != 6) return false;
        mac = FromBytes(bytes);
        return true;
    }

    /// <summary>Parses 00:1a:2b:3c:4d:5e, 00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e or 001a2b3c4d5e.</summary>
    public static MacAddress Parse(string text)
    {
        if (TryParse(text, out var mac)) return mac;
        throw new FormatException($"'{text}' is not a MAC address");
    }

    public static bool TryParse(string? text, out MacAddress mac)
    {
        mac = default;
        if (text is null) return false;
        var hex = new string(text.Where(char.IsAsciiHexDigit).ToArray());
        if (hex.Length != 12 || text.Any(c => !char.IsAsciiHexDigit(c) && c is not (':' or '-' or '.' or ' '))) return false;
        mac = new MacAddress(ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        return true;
    }

    public byte[] GetBytes()
    {
        var bytes = new byte[6];
        for (int i = 0; i < 6; i++) bytes[i] = (byte)(_value >> (8 * (5 - i)));
        return bytes;
    }

    /// <summary>The first three octets: the IEEE OUI (when the address is globally administered).</summary>
    public int Oui => (int)(_value >> 24);
    public bool IsMulticast => (_value >> 40 & 1) == 1;
    public bool IsLocallyAdministered => (_value >> 41 & 1) == 1;
    public bool IsZero => _value == 0;
    public bool IsBroadcast => _value == 0xFFFF_FFFF_FFFF;

    public int CompareTo(MacAddress other) => _value.CompareTo(other._value);
    public static bool operator <(MacAddress left, MacAddress right) => left._value < right._value;
    public static bool operator >(MacAddress left, MacAddress right) => left._value > right._value;
    public static bool operator <=(MacAddress left, MacAddress right) => left._value <= right._value;
    public static bool operator >=(MacAddress left, MacAddress right) => left._value >= right._value;

    public override string ToString() => string.Join(':', GetBytes().Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}
