using System.Buffers.Binary;
using System.Net;
using System.Text;
using NetMapper.Topology;

namespace NetMapper.Capture.Neighbors;

/// <summary>
/// Cisco Discovery Protocol frames, which PacketDotNet does not decode: IEEE 802.3 to 01:00:0c:cc:cc:cc with an
/// LLC/SNAP header (OUI 00000c, PID 0x2000), then version, TTL, checksum and type-length-value fields.
/// </summary>
internal static class CdpFrame
{
    private static readonly MacAddress Multicast = MacAddress.Parse("01:00:0c:cc:cc:cc");
    private static readonly byte[] SnapHeader = [0xAA, 0xAA, 0x03, 0x00, 0x00, 0x0C, 0x20, 0x00];

    public static bool IsCdp(ReadOnlySpan<byte> frame) =>
        frame.Length >= 26 && MacAddress.FromBytes(frame[..6]) == Multicast && frame.Slice(14, 8).SequenceEqual(SnapHeader);

    public static CapturedNeighbor? Decode(ReadOnlySpan<byte> frame, DateTime seenAt)
    {
        if (!IsCdp(frame)) return null;
        var source = MacAddress.FromBytes(frame.Slice(6, 6));
        var body = frame[22..];
        if (body.Length < 4 || body[0] is not (1 or 2)) return null;
        var neighbor = new CapturedNeighbor(NeighborProtocol.Cdp, source) { TimeToLive = TimeSpan.FromSeconds(body[1]), SeenAt = seenAt };
        var addresses = new List<string>();
        int pos = 4;
        while (pos + 4 <= body.Length)
        {
            int type = BinaryPrimitives.ReadUInt16BigEndian(body[pos..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(body[(pos + 2)..]);
            if (length < 4 || pos + length > body.Length) break;
            var value = body.Slice(pos + 4, length - 4);
            neighbor = type switch
            {
                0x01 => neighbor with { ChassisId = Text(value), SysName = Text(value) },
                0x03 => neighbor with { PortId = Text(value) },
                0x04 when value.Length == 4 =>
                    neighbor with { Capabilities = NeighborCapabilities.FromCdp(BinaryPrimitives.ReadUInt32BigEndian(value)) },
                0x05 => neighbor with { SysDescr = Text(value) },
                0x06 => neighbor with { Platform = Text(value) },
                0x0A when value.Length == 2 => neighbor with { Vlan = BinaryPrimitives.ReadUInt16BigEndian(value) },
                _ => neighbor,
            };
            if (type is 0x02 or 0x16) addresses.AddRange(Addresses(value));
            pos += length;
        }
        return neighbor with { ManagementAddresses = addresses.Distinct().ToArray() };
    }

    private static string Text(ReadOnlySpan<byte> value) => Encoding.UTF8.GetString(value).TrimEnd('\0');

    /// <summary>Address TLV: a count, then per address protocol type, protocol length, protocol, address length, address.</summary>
    private static List<string> Addresses(ReadOnlySpan<byte> value)
    {
        var result = new List<string>();
        if (value.Length < 4) return result;
        int count = (int)BinaryPrimitives.ReadUInt32BigEndian(value);
        int pos = 4;
        for (int i = 0; i < count && pos + 2 <= value.Length; i++)
        {
            int protocolLength = value[pos + 1];
            int at = pos + 2 + protocolLength;
            if (at + 2 > value.Length) break;
            int addressLength = BinaryPrimitives.ReadUInt16BigEndian(value[at..]);
            if (at + 2 + addressLength > value.Length) break;
            var address = value.Slice(at + 2, addressLength);
            bool ip = protocolLength == 1 && value[pos + 2] == 0xCC; // NLPID for IP
            if (ip && addressLength == 4 && !address.SequenceEqual(new byte[4])) result.Add(new IPAddress(address).ToString());
            else if (addressLength == 16 && protocolLength == 8) result.Add(new IPAddress(address).ToString());
            pos = at + 2 + addressLength;
        }
        return result;
    }
}
