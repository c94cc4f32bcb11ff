using System.Net;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>IP-MIB interface addresses: ipAddrTable (IPv4 with masks) and ipAddressTable (both families, prefix lengths).</summary>
public sealed class AddressCollector : ICollector
{
    private static readonly Oid IpAddrEntry = MibText.Oid("1.3.6.1.2.1.4.20.1");
    private static readonly Oid IpAddressEntry = MibText.Oid("1.3.6.1.2.1.4.34.1");

    public string Stage => "addresses";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var seen = new HashSet<(int, IPAddress)>();
        var legacy = await session.TableAsync(IpAddrEntry, [2, 3], cancellationToken).ConfigureAwait(false);
        foreach (var row in legacy.Rows)
        {
            var address = MibText.IPv4FromArcs(row.Index, 0);
            if (address is null || row.Number(2) is not { } ifIndex) continue;
            var mask = row[3] is IpAddressValue { Address: { } m } ? m : null;
            var prefix = mask is null ? null : IpPrefix.FromMask(address, mask);
            if (seen.Add(((int)ifIndex, address))) device.Addresses.Add(new InterfaceAddress((int)ifIndex, address, prefix?.Length ?? 32));
        }

        var modern = await session.TableAsync(IpAddressEntry, [3, 4, 5], cancellationToken).ConfigureAwait(false);
        foreach (var row in modern.Rows)
        {
            var (address, _) = MibText.InetAddressFromIndex(row.Index, 0);
            if (address is null || row.Number(3) is not { } ifIndex || row.Number(4) is 2 /* anycast */ or 3 /* broadcast */) continue;
            // ipAddressPrefix points at ipAddressPrefixTable; the pointer's last arc is the prefix length.
            var pointer = row.OidValue(5);
            bool pointsAtPrefix = pointer is { Length: > 2 } && pointer[^1] <= 128;
            int length = pointsAtPrefix ? (int)pointer![^1] : IpAddressing.MaxPrefixLength(address);
            if (seen.Add(((int)ifIndex, address))) device.Addresses.Add(new InterfaceAddress((int)ifIndex, address, length));
        }
        return StageResult.Done;
    }
}
