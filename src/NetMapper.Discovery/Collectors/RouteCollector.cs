using System.Net;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// IP-FORWARD-MIB routes for Article 4's routing records: inetCidrRouteTable, else ipCidrRouteTable, else RFC 1213's ipRouteTable.
/// </summary>
public sealed class RouteCollector : ICollector
{
    private static readonly Oid InetCidrRouteEntry = MibText.Oid("1.3.6.1.2.1.4.24.7.1");
    private static readonly Oid IpCidrRouteEntry = MibText.Oid("1.3.6.1.2.1.4.24.4.1");
    private static readonly Oid IpRouteEntry = MibText.Oid("1.3.6.1.2.1.4.21.1");

    private static readonly string[] Protocols =
    [
        "", "other", "local", "static", "icmp", "egp", "ggp", "hello", "rip", "isis", "esis",
        "igrp", "bbnSpfIgp", "ospf", "bgp", "idpr", "eigrp", "dvmrp", "rpl", "dhcp", "ttdp",
    ];

    public string Stage => "routes";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var inet = await session.TableAsync(InetCidrRouteEntry, [7, 9, 12], cancellationToken).ConfigureAwait(false);
        foreach (var row in inet.Rows) AddInetCidr(device, row);
        if (device.Routes.Count > 0) return StageResult.Done;

        var cidr = await session.TableAsync(IpCidrRouteEntry, [5, 7, 11], cancellationToken).ConfigureAwait(false);
        foreach (var row in cidr.Rows)
        {
            if (MibText.IPv4FromArcs(row.Index, 0) is not { } dest || MibText.IPv4FromArcs(row.Index, 4) is not { } mask) continue;
            if (MibText.IPv4FromArcs(row.Index, 9) is not { } nextHop) continue;
            Add(device, dest, IpPrefix.FromMask(dest, mask)?.Length, nextHop, row.Number(5), row.Number(7), row.Number(11));
        }
        if (device.Routes.Count > 0) return StageResult.Done;

        var legacy = await session.TableAsync(IpRouteEntry, [2, 3, 7, 9, 11], cancellationToken).ConfigureAwait(false);
        foreach (var row in legacy.Rows)
        {
            if (MibText.IPv4FromArcs(row.Index, 0) is not { } dest || row[11] is not IpAddressValue { Address: { } mask }) continue;
            var nextHop = row[7] is IpAddressValue { Address: { } hop } ? hop : null;
            Add(device, dest, IpPrefix.FromMask(dest, mask)?.Length, nextHop, row.Number(2), row.Number(9), row.Number(3));
        }
        return StageResult.Done;
    }

    private static void AddInetCidr(DeviceBuilder device, TableRow row)
    {
        // Index: destType, dest (length-prefixed), pfxLen, policy (OID, length-prefixed), nextHopType, nextHop (length-prefixed).
        var (dest, used) = MibText.InetAddressFromIndex(row.Index, 0);
        int pos = used;
        if (dest is null || pos >= row.Index.Count) return;
        int prefixLength = (int)row.Index[pos++];
        if (pos >= row.Index.Count) return;
        pos += 1 + (int)row.Index[pos];
        var (nextHop, _) = MibText.InetAddressFromIndex(row.Index, pos);
        Add(device, dest, prefixLength, nextHop, row.Number(7), row.Number(9), row.Number(12));
    }

    private static void Add(
        DeviceBuilder device, IPAddress dest, int? prefixLength, IPAddress? nextHop, long? ifIndex, long? protocol, long? metric)
    {
        if (prefixLength is null) return;
        if (prefixLength > IpAddressing.MaxPrefixLength(dest)) return;
        bool noHop = nextHop is null || nextHop.Equals(IPAddress.Any) || nextHop.Equals(IPAddress.IPv6Any);
        var prefix = new IpPrefix(dest, prefixLength.Value);
        device.Routes.Add(new RouteEntry(DeviceBuilder.Pending, prefix, noHop ? null : nextHop, (int)(ifIndex ?? 0))
        {
            Protocol = protocol is { } p && p > 0 && p < Protocols.Length ? Protocols[p] : "",
            Metric = (int)(metric ?? 0),
        });
    }
}
