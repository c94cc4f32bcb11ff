using System.Net;
using System.Net.Sockets;

namespace NetMapper.Topology;

/// <summary>The rules every layer shares about IP addresses: how long a prefix can be, and the order addresses are
/// listed in. One copy here, so that a table, a diagram and a record never sort the same addresses differently.</summary>
public static class IpAddressing
{
    /// <summary>The bits in an address of this family, the longest prefix it can have: 128 for IPv6, else 32.</summary>
    public static int MaxPrefixLength(AddressFamily family) => family == AddressFamily.InterNetworkV6 ? 128 : 32;

    /// <inheritdoc cref="MaxPrefixLength(AddressFamily)"/>
    public static int MaxPrefixLength(IPAddress address) => MaxPrefixLength(address.AddressFamily);

    /// <summary>IPv4 before IPv6, then numerically (byte by byte, most significant first); null first.</summary>
    public static IComparer<IPAddress?> Order { get; } = new AddressOrder();

    private sealed class AddressOrder : IComparer<IPAddress?>
    {
        public int Compare(IPAddress? x, IPAddress? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            // By family first: byte-wise alone would put 192.0.2.1 after 2001:db8:: (0xC0 > 0x20) but 10.0.0.1 before it.
            int family = MaxPrefixLength(x).CompareTo(MaxPrefixLength(y));
            if (family != 0) return family;
            Span<byte> a = stackalloc byte[16], b = stackalloc byte[16];
            x.TryWriteBytes(a, out int lengthA);
            y.TryWriteBytes(b, out int lengthB);
            return a[..lengthA].SequenceCompareTo(b[..lengthB]);
        }
    }
}
