using System.Net;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>CISCO-CDP-MIB cdpCacheTable (indexed ifIndex.deviceIndex) and this device's own CDP device ID.</summary>
public sealed class CdpCollector : ICollector
{
    private static readonly Oid CacheEntry = MibText.Oid("1.3.6.1.4.1.9.9.23.1.2.1.1");
    private static readonly Oid GlobalDeviceId = MibText.Oid("1.3.6.1.4.1.9.9.23.1.3.4.0");

    public string Stage => "cdp";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var cache = await session.TableAsync(CacheEntry, [3, 4, 5, 6, 7, 8, 9], cancellationToken).ConfigureAwait(false);
        if (cache.Count == 0) return StageResult.Done;
        var global = await session.GetAsync([GlobalDeviceId], cancellationToken).ConfigureAwait(false);
        if (global.GetValueOrDefault(GlobalDeviceId) is OctetStringValue id) device.CdpDeviceId = id.Text;

        foreach (var row in cache.Rows.Where(r => r.Index.Count == 2))
        {
            int ifIndex = (int)row.Index[0];
            var address = row.Number(3) == 1 && row.Bytes(4) is { Length: 4 } v4 ? new IPAddress(v4).ToString() : null;
            device.Neighbors.Add(new NeighborObservation(DeviceBuilder.Pending, ifIndex, NeighborProtocol.Cdp)
            {
                LocalPort = device.PortName(ifIndex),
                RemoteChassisId = row.Text(6),
                RemotePortId = row.Text(7),
                RemoteSysName = row.Text(6),
                RemoteSysDescr = row.Text(5),
                RemotePlatform = row.Text(8),
                RemoteCapabilities = Capabilities(row.Bytes(9)),
                RemoteManagementAddresses = address is null ? [] : [address],
            });
        }
        return StageResult.Done;
    }

    /// <summary>cdpCacheCapabilities: four octets, most significant first.</summary>
    private static string[] Capabilities(byte[] octets)
    {
        if (octets is not { Length: 4 } bits) return [];
        return NeighborCapabilities.FromCdp((uint)(bits[0] << 24 | bits[1] << 16 | bits[2] << 8 | bits[3]));
    }
}
