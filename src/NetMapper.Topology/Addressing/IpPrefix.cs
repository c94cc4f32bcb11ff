using System.Net;
using System.Net.Sockets;

namespace NetMapper.Topology;

/// <summary>A network prefix (CIDR). The address is always the network address: host bits are cleared.</summary>
public readonly record struct IpPrefix
{
    public IpPrefix(IPAddress address, int length)
    {
        int max = IpAddressing.MaxPrefixLength(address);
        if (length < 0 || length > max) throw new FormatException($"prefix length {length} is out of range for {address}");
        Network = Mask(address, length);
        Length = length;
    }

    public IPAddress Network { get; }
    public int Length { get; }
    public bool IsIPv6 => Network.AddressFamily == AddressFamily.InterNetworkV6;

    public static IpPrefix Parse(string text) =>
        TryParse(text, out var prefix, out var problem) ? prefix : throw new FormatException($"'{text}' is not a CIDR prefix: {problem}");

    public static bool TryParse(string? text, out IpPrefix prefix, out string problem)
    {
        prefix = default;
        problem = "";
        if (string.IsNullOrWhiteSpace(text)) { problem = "it is empty"; return false; }
        var parts = text.Trim().Split('/');
        if (!IPAddress.TryParse(parts[0], out var address) || IsNotDottedQuad(address, parts[0]))
        { problem = $"'{parts[0]}' is not an IP address"; return false; }
        int max = IpAddressing.MaxPrefixLength(address);
        int length = max;
        if (parts.Length > 2 || parts.Length == 2 && !TryParseLength(parts[1], max, out length))
        { problem = $"the prefix length must be a number from 0 to {max}"; return false; }
        prefix = new IpPrefix(address, length);
        return true;
    }

    /// <summary>An IPv4 address not written as four dotted numbers ("10.1", "167772161"): IPAddress.TryParse accepts those.</summary>
    private static bool IsNotDottedQuad(IPAddress address, string text) =>
        address.AddressFamily == AddressFamily.InterNetwork && text.Count(c => c == '.') != 3;

    private static bool TryParseLength(string text, int max, out int length) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length)
        && length <= max;

    /// <summary>The prefix of an interface address with a dotted mask (ipAdEntNetMask). Null for a non-contiguous mask.</summary>
    public static IpPrefix? FromMask(IPAddress address, IPAddress mask)
    {
        var bytes = mask.GetAddressBytes();
        int length = 0;
        bool ended = false;
        foreach (var b in bytes)
            for (int bit = 7; bit >= 0; bit--)
            {
                bool set = (b >> bit & 1) == 1;
                if (set && ended) return null;
                if (set) length++; else ended = true;
            }
        return new IpPrefix(address, length);
    }

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily == Network.AddressFamily && Mask(address, Length).Equals(Network);
    }

    public bool Contains(IpPrefix other) => other.Length >= Length && Contains(other.Network);

    /// <summary>Addresses in the prefix (2^(bits-length)); for IPv6 capped at long.MaxValue.</summary>
    public long Size => MaxLength - Length >= 63 ? long.MaxValue : 1L << (MaxLength - Length);

    /// <summary>A transit link's prefix, with room for the two ends alone: IPv4 /30 and /31 (RFC 3021), IPv6 /127
    /// (RFC 6164).</summary>
    public bool IsPointToPoint => IsIPv6 ? Length == 127 : Length is 30 or 31;

    /// <summary>The longest prefix of this family: 32 for IPv4, 128 for IPv6.</summary>
    public int MaxLength => IpAddressing.MaxPrefixLength(Network);

    /// <summary>The prefix that holds this one address alone (/32, /128).</summary>
    public static IpPrefix Host(IPAddress address) => new(address, IpAddressing.MaxPrefixLength(address));

    private static IPAddress Mask(IPAddress address, int length)
    {
        var bytes = address.GetAddressBytes();
        for (int i = 0; i < bytes.Length; i++)
        {
            int keep = Math.Clamp(length - 8 * i, 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        return new IPAddress(bytes);
    }

    public override string ToString() => $"{Network}/{Length}";
}
