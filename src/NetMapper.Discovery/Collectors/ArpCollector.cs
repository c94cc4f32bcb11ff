using System.Net;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>The device's ARP / neighbour cache: ipNetToMediaTable and ipNetToPhysicalTable.</summary>
public sealed class ArpCollector : ICollector
{
    private static readonly Oid NetToMediaPhys = MibText.Oid("1.3.6.1.2.1.4.22.1.2");
    private static readonly Oid NetToPhysicalPhys = MibText.Oid("1.3.6.1.2.1.4.35.1.4");

    public string Stage => "arp";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var seen = new HashSet<(int, IPAddress)>();
        foreach (var vb in await session.WalkAsync(NetToMediaPhys, cancellationToken).ConfigureAwait(false))
        {
            var index = vb.Oid.IndexAfter(NetToMediaPhys).ToArray();
            var address = MibText.IPv4FromArcs(index, 1);
            Add(device, seen, index, address, vb.Value);
        }
        foreach (var vb in await session.WalkAsync(NetToPhysicalPhys, cancellationToken).ConfigureAwait(false))
        {
            var index = vb.Oid.IndexAfter(NetToPhysicalPhys).ToArray();
            var (address, _) = MibText.InetAddressFromIndex(index, 1);
            Add(device, seen, index, address, vb.Value);
        }
        return StageResult.Done;
    }

    private static void Add(DeviceBuilder device, HashSet<(int, IPAddress)> seen, uint[] index, IPAddress? address, SnmpValue value)
    {
        if (index.Length == 0 || address is null || value is not OctetStringValue octets) return;
        if (MibText.Mac(octets.Octets.ToArray()) is not { } mac) return;
        if (seen.Add(((int)index[0], address))) device.Arp.Add(new ArpEntry(DeviceBuilder.Pending, (int)index[0], address, mac));
    }
}
