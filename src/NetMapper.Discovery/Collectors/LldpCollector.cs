using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// LLDP-MIB (local chassis and ports, remote table, remote management addresses), LLDP-V2-MIB, where Palo Alto
/// reports its neighbours, and TIMETRA-LLDP-MIB, where Nokia SR OS does (its LLDP-MIB remote table stays empty). MikroTik
/// indexes the remote table with one arc instead of three; such rows keep no local port. TP-Link keeps its neighbours
/// only in its own table (<see cref="TpLinkLldp"/>).
/// </summary>
public sealed class LldpCollector : ICollector
{
    private static readonly Oid LocChassisIdSubtype = MibText.Oid("1.0.8802.1.1.2.1.3.1.0"),
        LocChassisId = MibText.Oid("1.0.8802.1.1.2.1.3.2.0"),
        LocSysName = MibText.Oid("1.0.8802.1.1.2.1.3.3.0");
    private static readonly Oid LocPortEntry = MibText.Oid("1.0.8802.1.1.2.1.3.7.1");
    private static readonly Oid RemEntry = MibText.Oid("1.0.8802.1.1.2.1.4.1.1");
    private static readonly Oid RemManAddrIfSubtype = MibText.Oid("1.0.8802.1.1.2.1.4.2.1.3");
    private static readonly Oid V2RemEntry = MibText.Oid("1.3.111.2.802.1.1.13.1.4.1.1");
    private static readonly Oid V2RemManAddrIfSubtype = MibText.Oid("1.3.111.2.802.1.1.13.1.4.2.1.3");
    private static readonly Oid TmnxRemEntry = MibText.Oid("1.3.6.1.4.1.6527.3.1.2.59.4.1.1");
    private static readonly Oid TmnxRemManAddrIfSubtype = MibText.Oid("1.3.6.1.4.1.6527.3.1.2.59.4.2.1.3");

    public string Stage => "lldp";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var local = await session.GetAsync([LocChassisIdSubtype, LocChassisId, LocSysName], cancellationToken).ConfigureAwait(false);
        if (local.GetValueOrDefault(LocChassisId) is OctetStringValue chassis)
        {
            int subtype = local.GetValueOrDefault(LocChassisIdSubtype) is IntegerValue st ? (int)st.Value : 0;
            device.ChassisId = MibText.LldpId(subtype, chassis.Octets.ToArray(), isChassis: true);
        }
        if (local.GetValueOrDefault(LocSysName) is OctetStringValue sysName) device.LldpLocalSysName = sysName.Text;

        var localPorts = await session.TableAsync(LocPortEntry, [2, 3, 4], cancellationToken).ConfigureAwait(false);
        var portRows = localPorts.Rows.Where(r => r.Index.Count == 1);
        var portToIfIndex = portRows.ToDictionary(r => (int)r.Index[0], r => LocalIfIndex(device, (int)r.Index[0], r));

        var remote = await session.TableAsync(RemEntry, [4, 5, 6, 7, 8, 9, 10, 12], cancellationToken).ConfigureAwait(false);
        var addresses = await ManagementAddressesAsync(session, RemManAddrIfSubtype, keyArcs: 3, cancellationToken).ConfigureAwait(false);
        foreach (var row in remote.Rows)
        {
            // timeMark.localPortNum.remIndex; MikroTik also uses a single arc.
            int localPort = row.Index.Count >= 3 ? (int)row.Index[1] : 0;
            if (!portToIfIndex.TryGetValue(localPort, out int ifIndex))
                ifIndex = device.Interfaces.ContainsKey(localPort) ? localPort : 0;
            Add(device, Observation(device, ifIndex, row, columnBase: 4, addresses.GetValueOrDefault(string.Join('.', row.Index)) ?? []));
        }

        int v2 = await ByIfIndexAsync(session, device, V2RemEntry, columnBase: 5, V2RemManAddrIfSubtype, cancellationToken)
            .ConfigureAwait(false);
        // TIMETRA-LLDP-MIB numbers its columns as LLDP-MIB does; only Nokia's agents have it.
        bool isNokia = device.System?.ObjectId.StartsWith("1.3.6.1.4.1.6527.", StringComparison.Ordinal) == true;
        int nokia = isNokia
            ? await ByIfIndexAsync(session, device, TmnxRemEntry, columnBase: 4, TmnxRemManAddrIfSubtype, cancellationToken)
                .ConfigureAwait(false)
            : 0;
        var tpLink = remote.Count == 0 && TpLinkLldp.Applies(device)
            ? await session.TableAsync(TpLinkLldp.NeighborEntry, TpLinkLldp.Columns, cancellationToken).ConfigureAwait(false)
            : new SnmpTable();
        foreach (var row in tpLink.Rows.Where(r => r.Index.Count == 2)) Add(device, TpLinkLldp.Observation(device, row));
        // No local system, no ports, no neighbours in any MIB: the device has no LLDP (or has it off), which is no failure.
        bool silent = local.Count == 0 && localPorts.Count == 0 && remote.Count == 0 && v2 + nokia + tpLink.Count == 0;
        return silent ? StageResult.NotSupported() : StageResult.Done;
    }

    /// <summary>
    /// A remote table indexed timeMark.ifIndex.destMacIndex.remIndex (LLDP-V2-MIB, TIMETRA-LLDP-MIB): the local port is
    /// the ifIndex itself. Returns the rows read.
    /// </summary>
    private static async Task<int> ByIfIndexAsync(DeviceSession session, DeviceBuilder device, Oid entry, uint columnBase,
        Oid manAddrIfSubtype, CancellationToken cancellationToken)
    {
        // chassisIdSubtype to sysDesc, then sysCapEnabled (after sysCapSupported)
        var columns = Enumerable.Range(0, 7).Select(c => columnBase + (uint)c).Append(columnBase + 8);
        var table = await session.TableAsync(entry, columns, cancellationToken).ConfigureAwait(false);
        if (table.Count == 0) return 0;
        var addresses = await ManagementAddressesAsync(session, manAddrIfSubtype, keyArcs: 4, cancellationToken).ConfigureAwait(false);
        foreach (var row in table.Rows.Where(r => r.Index.Count >= 4))
        {
            var rowAddresses = addresses.GetValueOrDefault(string.Join('.', row.Index)) ?? [];
            Add(device, Observation(device, (int)row.Index[1], row, columnBase, rowAddresses));
        }
        return table.Count;
    }

    /// <summary>
    /// One neighbour per local port, chassis and port: agents list the same one again under other indexes. A row with an
    /// all-zero chassis ID and no port ID names no neighbour (RouterOS lists such rows).
    /// </summary>
    private static void Add(DeviceBuilder device, NeighborObservation observation)
    {
        bool blank = observation.RemotePortId.Length == 0 && observation.RemoteChassisId.All(c => c is '0' or ':' or '-' or '.');
        if (blank) return;
        bool seen = device.Neighbors.Any(n => n.Protocol == NeighborProtocol.Lldp && n.LocalIfIndex == observation.LocalIfIndex
            && n.RemoteChassisId == observation.RemoteChassisId && n.RemotePortId == observation.RemotePortId);
        if (!seen) device.Neighbors.Add(observation);
    }

    /// <summary>Maps lldpLocPortNum to ifIndex: by port ID or description naming an interface, else the number itself.</summary>
    private static int LocalIfIndex(DeviceBuilder device, int portNum, TableRow row)
    {
        var portId = MibText.TextOrHex(row.Bytes(3));
        // portIdSubtype interfaceName, local, interfaceAlias
        if (row.Number(2) is 5 or 7 or 1 && device.IfIndexByName(portId) is { } byId) return byId;
        if (device.IfIndexByName(row.Text(4)) is { } byDescription) return byDescription;
        if (device.Interfaces.ContainsKey(portNum)) return portNum;
        return device.BasePortToIfIndex.GetValueOrDefault(portNum);
    }

    /// <summary>
    /// Columns are chassisIdSubtype, chassisId, portIdSubtype, portId, portDesc, sysName, sysDesc, then capEnabled (one further on).
    /// </summary>
    private static NeighborObservation Observation(
        DeviceBuilder device, int ifIndex, TableRow row, uint columnBase, IReadOnlyList<string> addresses)
    {
        int chassisSubtype = (int)(row.Number(columnBase) ?? 0), portSubtype = (int)(row.Number(columnBase + 2) ?? 0);
        return new NeighborObservation(DeviceBuilder.Pending, ifIndex, NeighborProtocol.Lldp)
        {
            LocalPort = device.PortName(ifIndex),
            RemoteChassisIdSubtype = chassisSubtype,
            RemoteChassisId = MibText.LldpId(chassisSubtype, row.Bytes(columnBase + 1), isChassis: true),
            RemotePortIdSubtype = portSubtype,
            RemotePortId = MibText.LldpId(portSubtype, row.Bytes(columnBase + 3), isChassis: false),
            RemotePortDescription = row.Text(columnBase + 4),
            RemoteSysName = row.Text(columnBase + 5),
            RemoteSysDescr = row.Text(columnBase + 6),
            RemoteCapabilities = MibText.LldpCapabilities(row.Bytes(columnBase + 8)),
            RemoteManagementAddresses = addresses,
        };
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> ManagementAddressesAsync(
        DeviceSession session, Oid columnOid, int keyArcs, CancellationToken cancellationToken)
    {
        var column = await session.WalkAsync(columnOid, cancellationToken).ConfigureAwait(false);
        return ManagementAddresses(column, columnOid, keyArcs);
    }

    /// <summary>Management addresses by remote-table key; the address (subtype, length, octets) follows the key in the index.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ManagementAddresses(IReadOnlyList<Varbind> column, Oid columnOid, int keyArcs)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var vb in column)
        {
            var index = vb.Oid.IndexAfter(columnOid).ToArray();
            if (index.Length <= keyArcs) continue;
            var (address, _) = MibText.InetAddressFromIndex(index, keyArcs);
            if (address is null) continue;
            var key = string.Join('.', index[..keyArcs]);
            (result.TryGetValue(key, out var list) ? list : result[key] = []).Add(address.ToString());
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);
    }
}
