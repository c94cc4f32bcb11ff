using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// VLANs where Q-BRIDGE is silent: CISCO-VTP-MIB (with access ports from CISCO-VLAN-MEMBERSHIP-MIB and the
/// per-VLAN bridge tables Cisco serves only through community@vlan / context vlan-N), Juniper's jnxL2aldVlanTable and
/// Alcatel-Lucent's vlanTable.
/// </summary>
public sealed class VendorVlanCollector : ICollector
{
    private static readonly Oid VtpVlanEntry = MibText.Oid("1.3.6.1.4.1.9.9.46.1.3.1.1");
    private static readonly Oid VmVlan = MibText.Oid("1.3.6.1.4.1.9.9.68.1.2.2.1.2");
    private static readonly Oid TrunkPortEntry = MibText.Oid("1.3.6.1.4.1.9.9.46.1.6.1.1");
    private static readonly Oid JuniperVlanEntry = MibText.Oid("1.3.6.1.4.1.2636.3.48.1.3.1.1");
    // ALCATEL-IND1-VLAN-MGR-MIB vlanDescription, indexed by VLAN number: AOS 6 under 6486.800, AOS 8 under 6486.801.
    private static readonly Oid[] AlcatelVlanDescription =
    [
        MibText.Oid("1.3.6.1.4.1.6486.800.1.2.1.3.1.1.1.1.1.2"),
        MibText.Oid("1.3.6.1.4.1.6486.801.1.2.1.3.1.1.1.1.1.2"),
    ];

    public string Stage => "vlans";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        if (device.Vlans.Count > 0) return StageResult.Done; // Q-BRIDGE answered
        var vtp = await session.TableAsync(VtpVlanEntry, [2, 4], cancellationToken).ConfigureAwait(false);
        if (vtp.Count > 0) return await CollectCiscoAsync(session, device, vtp, cancellationToken).ConfigureAwait(false);
        var juniper = await session.TableAsync(JuniperVlanEntry, [2, 3], cancellationToken).ConfigureAwait(false);
        foreach (var row in juniper.Rows)
            if (row.Number(3) is { } tag and > 0) device.Vlans[(int)tag] = new DeviceVlan((int)tag, row.Text(2));
        if (device.Vlans.Count > 0) return StageResult.Done;
        foreach (var column in AlcatelVlanDescription)
            foreach (var vb in await session.WalkAsync(column, cancellationToken).ConfigureAwait(false))
                if (vb.Oid.Length == column.Length + 1 && vb.Oid[^1] is > 0 and < 4095)
                {
                    int vlan = (int)vb.Oid[^1];
                    device.Vlans[vlan] = new DeviceVlan(vlan, vb.Value is OctetStringValue name ? name.Text : "");
                }
        return StageResult.Done;
    }

    /// <summary>
    /// The VLANs a trunk allows: bit n of the first bitmap is VLAN n (most significant bit first), the next three go on from 1024.
    /// </summary>
    private static HashSet<int> AllowedVlans(TableRow row)
    {
        var vlans = new HashSet<int>();
        uint[] columns = [4, 17, 18, 19];
        for (int block = 0; block < columns.Length; block++)
        {
            var bits = row.Bytes(columns[block]);
            for (int i = 0; i < bits.Length * 8; i++)
                if ((bits[i / 8] & (0x80 >> (i % 8))) != 0) vlans.Add(block * 1024 + i);
        }
        return vlans;
    }

    private static async Task<StageResult> CollectCiscoAsync(DeviceSession session, DeviceBuilder device, SnmpTable vtp,
        CancellationToken cancellationToken)
    {
        var access = AccessPortsByVlan(await session.WalkAsync(VmVlan, cancellationToken).ConfigureAwait(false));
        // vlanTrunkPortDynamicStatus 1 = trunking; native VLAN untagged on it; the allowed VLANs as bitmaps of 1,024 VLANs each
        // (vlanTrunkPortVlansEnabled, ...2k, 3k, 4k). Without the bitmaps, a trunk is taken to carry every VLAN.
        var trunks = await session.TableAsync(TrunkPortEntry, [4, 5, 14, 17, 18, 19], cancellationToken).ConfigureAwait(false);
        var trunkRows = trunks.Rows.Where(r => r.Number(14) == 1 && r.Index.Count == 1).ToArray();
        var trunkPorts = trunkRows.ToDictionary(r => (int)r.Index[0], r => (int)(r.Number(5) ?? 1));
        var allowed = trunkRows.Where(r => r.Bytes(4).Length > 0).ToDictionary(r => (int)r.Index[0], r => AllowedVlans(r));
        bool Carries(int port, int vlan) => !allowed.TryGetValue(port, out var set) || set.Contains(vlan);

        foreach (var row in vtp.Rows.Where(r => r.Index.Count == 2))
        {
            int vlan = (int)row.Index[1];
            var nativeOnTrunks = trunkPorts.Where(t => t.Value == vlan && Carries(t.Key, vlan)).Select(t => t.Key);
            device.Vlans[vlan] = new DeviceVlan(vlan, row.Text(4))
            {
                UntaggedIfIndexes = access.GetValueOrDefault(vlan, []).Concat(nativeOnTrunks).Distinct().Order().ToArray(),
                TaggedIfIndexes = trunkPorts.Keys.Where(p => trunkPorts[p] != vlan && Carries(p, vlan)).Order().ToArray(),
            };
            foreach (var port in access.GetValueOrDefault(vlan, []))
                if (device.Interfaces.TryGetValue(port, out var i)) device.Interfaces[port] = i with { Pvid = vlan };
        }

        // Per-VLAN bridge instances: operational (state 1) VLANs outside the reserved 1002-1005. An agent without
        // community indexing is silent for every VLAN, so contexts are tried once each, and three silences end it.
        // A context the agent does not know, or is silent for (to a v2c agent community@vlan of a VLAN it has no
        // bridge instance for is just an unknown community), is a VLAN it does not serve: not supported, not failed.
        var unserved = new List<string>();
        int silent = 0;
        foreach (var row in vtp.Rows.Where(r => r.Index.Count == 2 && r.Number(2) == 1 && r.Index[1] is < 1002 or > 1005))
        {
            int vlan = (int)row.Index[1];
            var context = session.InContext(session.Target.Credentials.Version == SnmpVersion.V3 ? $"vlan-{vlan}" : $"{vlan}", retries: 0);
            try
            {
                var basePorts = await BridgeCollector.BasePortsAsync(context, cancellationToken).ConfigureAwait(false);
                foreach (var (port, ifIndex) in basePorts) device.BasePortToIfIndex.TryAdd(port, ifIndex);
                await BridgeCollector.CollectDot1dFdbAsync(context, device, vlan, basePorts, cancellationToken).ConfigureAwait(false);
                silent = 0;
            }
            catch (SnmpException e) when (e.Failure is SnmpFailure.UnknownContext or SnmpFailure.Timeout)
            {
                unserved.Add($"no per-VLAN bridge table for VLAN {vlan}: {e.Message}");
                if (e.Failure == SnmpFailure.Timeout && ++silent == 3) break;
            }
        }
        return unserved.Count == 0 ? StageResult.Done : StageResult.NotSupported(unserved);
    }

    /// <summary>vmVlan read as VLAN to its access ports (ifIndexes, in order).</summary>
    private static Dictionary<int, int[]> AccessPortsByVlan(IReadOnlyList<Varbind> vmVlan) =>
        vmVlan.Where(vb => vb.Value is IntegerValue)
            .GroupBy(vb => (int)((IntegerValue)vb.Value).Value)
            .ToDictionary(g => g.Key, g => g.Select(vb => (int)vb.Oid[^1]).Order().ToArray());
}
