namespace NetMapper.Topology;

/// <summary>
/// Joins snapshots of one device polled at several addresses: snapshots that share a hardware key are one device.
/// Devices that merely share an IP address stay apart (the builder reports the duplicate address).
/// </summary>
internal static class DeviceMerger
{
    public static IReadOnlyList<DeviceSnapshot> Merge(IReadOnlyList<DeviceSnapshot> snapshots)
    {
        var parent = Enumerable.Range(0, snapshots.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < snapshots.Count; i++)
        {
            var keys = HardwareKeys.Of(snapshots[i].Device).Append(snapshots[i].Device.Id);
            foreach (var key in keys)
            {
                if (owner.TryGetValue(key, out int other)) parent[Find(i)] = Find(other);
                else owner[key] = i;
            }
        }
        return Enumerable.Range(0, snapshots.Count).GroupBy(Find).Select(g => Combine(g.Select(i => snapshots[i]).ToList())).ToArray();
    }

    private static DeviceSnapshot Combine(List<DeviceSnapshot> group)
    {
        if (group.Count == 1) return group[0];
        var best = group.OrderBy(s => s.Device.Status).ThenByDescending(s => s.Device.Interfaces.Count).First();
        var device = best.Device with
        {
            ManagementAddresses = group.SelectMany(s => s.Device.ManagementAddresses).Distinct().Order(StringComparer.Ordinal).ToArray(),
        };
        string id = device.Id;
        return new DeviceSnapshot(device)
        {
            Neighbors = group.SelectMany(s => s.Neighbors).Select(n => n with { DeviceId = id })
                .DistinctBy(n => (n.LocalIfIndex, n.Protocol, n.RemoteChassisId, n.RemotePortId)).ToArray(),
            Fdb = group.SelectMany(s => s.Fdb).Select(f => f with { DeviceId = id }).Distinct().ToArray(),
            Arp = group.SelectMany(s => s.Arp).Select(a => a with { DeviceId = id }).Distinct().ToArray(),
            Routes = best.Routes,
            Stp = best.Stp,
        };
    }
}
