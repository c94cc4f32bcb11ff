using System.Globalization;
using System.Net;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Snmp;

/// <summary>Turns MIB values and index arcs into the model's types.</summary>
internal static class MibText
{
    /// <summary>An InetAddress in an index: type, length, octets (RFC 4001); returns the address and the arcs consumed.</summary>
    public static (IPAddress? Address, int Consumed) InetAddressFromIndex(IReadOnlyList<uint> index, int start, bool lengthPrefixed = true)
    {
        if (start >= index.Count) return (null, 0);
        uint type = index[start];
        int pos = start + 1;
        int length = type switch { 1 => 4, 2 => 16, 3 => 8, 4 => 20, _ => 0 };
        if (lengthPrefixed)
        {
            if (pos >= index.Count) return (null, index.Count - start);
            length = (int)index[pos++];
        }
        if (pos + length > index.Count) return (null, index.Count - start);
        var bytes = index.Skip(pos).Take(length).Select(a => (byte)a).ToArray();
        IPAddress? address = bytes.Length switch
        {
            4 => new IPAddress(bytes),
            16 => new IPAddress(bytes),
            8 => new IPAddress(bytes[..4]),
            20 => new IPAddress(bytes[..16]),
            _ => null,
        };
        return (address, pos + length - start);
    }

    public static IPAddress? IPv4FromArcs(IReadOnlyList<uint> index, int start) =>
        OctetsFromArcs(index, start, count: 4) is { } octets ? new IPAddress(octets) : null;

    public static MacAddress? MacFromArcs(IReadOnlyList<uint> index, int start) =>
        OctetsFromArcs(index, start, count: 6) is { } octets ? MacAddress.FromBytes(octets) : null;

    /// <summary>The count arcs from start as octets; null when the index is shorter or an arc is over 255.</summary>
    private static byte[]? OctetsFromArcs(IReadOnlyList<uint> index, int start, int count)
    {
        if (start + count > index.Count) return null;
        var arcs = index.Skip(start).Take(count);
        return arcs.All(a => a <= 255) ? arcs.Select(a => (byte)a).ToArray() : null;
    }

    public static MacAddress? Mac(byte[] octets) => MacAddress.TryFromBytes(octets, out var mac) && !mac.IsZero ? mac : null;

    /// <summary>Text for a value that may be a name or binary (chassis IDs, port IDs): printable text as is, else hex.</summary>
    public static string TextOrHex(byte[] octets)
    {
        if (octets.Length == 0) return "";
        bool printable = octets.All(b => b is >= 0x20 and < 0x7F);
        return printable ? System.Text.Encoding.ASCII.GetString(octets) : Convert.ToHexString(octets).ToLowerInvariant();
    }

    /// <summary>
    /// LLDP chassis/port IDs: a MAC (subtype 4 chassis, 3 port) as aa:bb:.., a network address (5 chassis, 4 port) as an IP, else text.
    /// </summary>
    public static string LldpId(int subtype, byte[] octets, bool isChassis)
    {
        int macSubtype = isChassis ? 4 : 3, addressSubtype = isChassis ? 5 : 4;
        if (subtype == macSubtype && Mac(octets) is { } mac) return mac.ToString();
        // Some agents (MikroTik) put the MAC in as text.
        if (subtype == macSubtype && MacAddress.TryParse(System.Text.Encoding.ASCII.GetString(octets), out var textMac))
            return textMac.ToString();
        if (subtype == addressSubtype && octets.Length is 5 or 17) return new IPAddress(octets[1..]).ToString();
        return TextOrHex(octets);
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// LLDP-MIB's BITS octets put bit 0 in the most significant bit of the first octet; the protocol field does the reverse.
    /// </summary>
    public static IReadOnlyList<string> LldpCapabilities(byte[] bits)
    {
        int value = 0;
        for (int bit = 0; bit < Math.Min(16, bits.Length * 8); bit++)
            if ((bits[bit / 8] >> (7 - bit % 8) & 1) == 1) value |= 1 << bit;
        return NeighborCapabilities.FromLldp(value);
    }

    /// <summary>Bridge ports set in a PortList bitmap (Q-BRIDGE): port 1 is the most significant bit of the first octet.</summary>
    public static IEnumerable<int> PortList(byte[] bits)
    {
        for (int i = 0; i < bits.Length * 8; i++)
            if ((bits[i / 8] >> (7 - i % 8) & 1) == 1) yield return i + 1;
    }

    public static Oid Oid(string text) => NetMapper.Snmp.Oid.Parse(text);
}
