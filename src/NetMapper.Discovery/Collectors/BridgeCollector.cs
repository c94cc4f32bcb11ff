using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// BRIDGE-MIB (base port to ifIndex, forwarding database, spanning-tree port state) and Q-BRIDGE-MIB (VLAN names,
/// port membership, PVIDs, per-VLAN forwarding database).
/// </summary>
public sealed class BridgeCollector : ICollector
{
    internal static readonly Oid BasePortIfIndex = MibText.Oid("1.3.6.1.2.1.17.1.4.1.2");
    internal static readonly Oid TpFdbEntry = MibText.Oid("1.3.6.1.2.1.17.4.3.1");
    private static readonly Oid StpPortState = MibText.Oid("1.3.6.1.2.1.17.2.15.1.3");
    private static readonly Oid VlanStaticName = MibText.Oid("1.3.6.1.2.1.17.7.1.4.3.1.1");
    private static readonly Oid VlanCurrentEntry = MibText.Oid("1.3.6.1.2.1.17.7.1.4.2.1");
    private static readonly Oid Pvid = MibText.Oid("1.3.6.1.2.1.17.7.1.4.5.1.1");
    private static readonly Oid QTpFdbEntry = MibText.Oid("1.3.6.1.2.1.17.7.1.2.2.1");

    public string Stage => "bridge";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var basePorts = await BasePortsAsync(session, cancellationToken).ConfigureAwait(false);
        foreach (var (port, ifIndex) in basePorts) device.BasePortToIfIndex[port] = ifIndex;

        foreach (var vb in await session.WalkAsync(StpPortState, cancellationToken).ConfigureAwait(false))
            if (vb.Value is IntegerValue state && device.BasePortToIfIndex.TryGetValue((int)vb.Oid[^1], out int ifIndex))
                device.Stp.Add(new Topology.StpPortState(DeviceBuilder.Pending, ifIndex, (int)state.Value));

        await CollectQBridgeVlansAsync(session, device, cancellationToken).ConfigureAwait(false);
        await CollectFdbAsync(session, device, cancellationToken).ConfigureAwait(false);
        return StageResult.Done;
    }

    internal static async Task<Dictionary<int, int>> BasePortsAsync(DeviceSession session, CancellationToken cancellationToken) =>
        (await session.WalkAsync(BasePortIfIndex, cancellationToken).ConfigureAwait(false))
            .Where(vb => vb.Value is IntegerValue).ToDictionary(vb => (int)vb.Oid[^1], vb => (int)((IntegerValue)vb.Value).Value);

    private static async Task CollectQBridgeVlansAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var names = (await session.WalkAsync(VlanStaticName, cancellationToken).ConfigureAwait(false))
            .ToDictionary(vb => (int)vb.Oid[^1], vb => vb.Value is OctetStringValue s ? s.Text : "");
        var current = await session.TableAsync(VlanCurrentEntry, [4, 5], cancellationToken).ConfigureAwait(false);
        var egress = current.Rows.Where(r => r.Index.Count == 2).GroupBy(r => (int)r.Index[1]).ToDictionary(g => g.Key, g => g.Last());
        foreach (var vlan in names.Keys.Union(egress.Keys).Order())
        {
            egress.TryGetValue(vlan, out var row);
            var all = MemberIfIndexes(device, row, column: 4);
            var untagged = MemberIfIndexes(device, row, column: 5);
            device.Vlans[vlan] = new DeviceVlan(vlan, names.GetValueOrDefault(vlan, ""))
            {
                UntaggedIfIndexes = untagged.Order().ToArray(),
                TaggedIfIndexes = all.Except(untagged).Order().ToArray(),
            };
        }
        foreach (var vb in await session.WalkAsync(Pvid, cancellationToken).ConfigureAwait(false))
            if (vb.Value is UnsignedValue pvid
                && device.BasePortToIfIndex.TryGetValue((int)vb.Oid[^1], out int ifIndex)
                && device.Interfaces.TryGetValue(ifIndex, out var port))
                device.Interfaces[ifIndex] = port with { Pvid = (int)pvid.Value };
    }

    /// <summary>The ifIndexes of a VLAN's port list column; base ports without an ifIndex are left out.</summary>
    private static HashSet<int> MemberIfIndexes(DeviceBuilder device, TableRow? row, uint column)
    {
        if (row is null) return [];
        var ifIndexes = MibText.PortList(row.Bytes(column)).Select(p => device.BasePortToIfIndex.GetValueOrDefault(p));
        return ifIndexes.Where(i => i > 0).ToHashSet();
    }

    private static async Task CollectFdbAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        // Q-BRIDGE rows are indexed by FDB ID; devices with shared learning use one FDB ID for many VLANs, so the
        // VLAN is only recorded when the FDB ID names a VLAN the device has.
        var qFdb = await session.TableAsync(QTpFdbEntry, [2, 3], cancellationToken).ConfigureAwait(false);
        foreach (var row in qFdb.Rows.Where(r => r.Index.Count == 7))
        {
            int fdbId = (int)row.Index[0];
            int vlan = device.Vlans.ContainsKey(fdbId) ? fdbId : 0;
            AddFdb(device, vlan, MibText.MacFromArcs(row.Index, 1), row.Number(2), row.Number(3), device.BasePortToIfIndex);
        }
        if (qFdb.Count > 0) return;
        await CollectDot1dFdbAsync(session, device, vlan: 0, device.BasePortToIfIndex, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task CollectDot1dFdbAsync(
        DeviceSession session, DeviceBuilder device, int vlan, IReadOnlyDictionary<int, int> basePorts, CancellationToken cancellationToken)
    {
        var fdb = await session.TableAsync(TpFdbEntry, [2, 3], cancellationToken).ConfigureAwait(false);
        foreach (var row in fdb.Rows.Where(r => r.Index.Count == 6))
            AddFdb(device, vlan, MibText.MacFromArcs(row.Index, 0), row.Number(2), row.Number(3), basePorts);
    }

    private static void AddFdb(
        DeviceBuilder device, int vlan, MacAddress? mac, long? basePort, long? status, IReadOnlyDictionary<int, int> basePorts)
    {
        if (mac is null || basePort is null or 0 || !basePorts.TryGetValue((int)basePort, out int ifIndex)) return;
        device.Fdb.Add(new FdbEntry(DeviceBuilder.Pending, vlan, mac.Value, ifIndex) { Status = (int)(status ?? 3) });
    }
}
