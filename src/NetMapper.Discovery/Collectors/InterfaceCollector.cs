using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>IF-MIB ifTable and ifXTable, and LAG membership from IEEE8023-LAG-MIB.</summary>
public sealed class InterfaceCollector : ICollector
{
    private static readonly Oid IfEntry = MibText.Oid("1.3.6.1.2.1.2.2.1");
    private static readonly Oid IfXEntry = MibText.Oid("1.3.6.1.2.1.31.1.1.1");
    private static readonly Oid LagPortAttachedAggId = MibText.Oid("1.2.840.10006.300.43.1.2.1.1.13");

    public string Stage => "interfaces";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var ifTable = await session.TableAsync(IfEntry, [2, 3, 4, 5, 6, 7, 8], cancellationToken).ConfigureAwait(false);
        var ifXTable = await session.TableAsync(IfXEntry, [1, 15, 18], cancellationToken).ConfigureAwait(false);
        var x = ifXTable.Rows.Where(r => r.Index.Count == 1).ToDictionary(r => (int)r.Index[0]);
        var lag = new Dictionary<int, int>();
        foreach (var vb in await session.WalkAsync(LagPortAttachedAggId, cancellationToken).ConfigureAwait(false))
            if (vb.Value is IntegerValue { Value: > 0 } aggregate) lag[(int)vb.Oid[^1]] = (int)aggregate.Value;

        foreach (var row in ifTable.Rows.Where(r => r.Index.Count == 1))
        {
            int ifIndex = (int)row.Index[0];
            x.TryGetValue(ifIndex, out var ext);
            ulong speed = (ulong)(row.Number(5) ?? 0);
            ulong highSpeed = (ulong)(ext?.Number(15) ?? 0) * 1_000_000;
            device.Interfaces[ifIndex] = new DeviceInterface(ifIndex, ext?.Text(1) ?? "")
            {
                Description = row.Text(2),
                Alias = ext?.Text(18) ?? "",
                Type = (int)(row.Number(3) ?? 0),
                Mtu = (int)(row.Number(4) ?? 0),
                SpeedBps = highSpeed > speed ? highSpeed : speed,
                Mac = MibText.Mac(row.Bytes(6)),
                AdminUp = row.Number(7) == 1,
                OperUp = row.Number(8) == 1,
                AggregateIfIndex = lag.TryGetValue(ifIndex, out int aggregate) && aggregate != ifIndex ? aggregate : null,
            };
        }
        return StageResult.Done;
    }
}
