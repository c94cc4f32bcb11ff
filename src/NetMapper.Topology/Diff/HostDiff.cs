namespace NetMapper.Topology.Diff;

/// <summary>
/// Hosts matched by MAC address (by IP where no MAC is known): a host plugged into another port has changed, and an
/// address that answers from another MAC is one changed address, not a host removed and another added.
/// </summary>
internal static class HostDiff
{
    public static ChangeSet Compare(TopologyGraph before, TopologyGraph after)
    {
        var set = KeyedDiff.Compare(before.Hosts, after.Hosts, Key, Label, h => Facts(h, before, after));
        var added = set.Added.ToList();
        var removed = set.Removed.ToList();
        var readdressed = new List<ItemChange>();
        var oldByKey = before.Hosts.ToLookup(Key, StringComparer.Ordinal);
        var newByKey = after.Hosts.ToLookup(Key, StringComparer.Ordinal);
        foreach (var gone in set.Removed)
        {
            var old = oldByKey[gone.Key].First();
            if (old.Address is null) continue;
            var successor = added.FirstOrDefault(a => Equals(newByKey[a.Key].First().Address, old.Address));
            if (successor is null) continue;
            var now = newByKey[successor.Key].First();
            var fields = KeyedDiff.Fields([("mac", old.Mac?.ToString() ?? ""), .. Facts(old, before, after)],
                [("mac", now.Mac?.ToString() ?? ""), .. Facts(now, before, after)]);
            readdressed.Add(new ItemChange("ip:" + old.Address, old.Address.ToString(), fields));
            added.Remove(successor);
            removed.Remove(gone);
        }
        var changed = set.Changed.Concat(readdressed).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new ChangeSet(added, removed, changed);
    }

    internal static string Key(Host host) => host.Mac is { } mac ? "mac:" + mac : "ip:" + host.Address;

    private static string Label(Host host) =>
        string.Join(" ", new[] { host.Address?.ToString(), host.Mac?.ToString(), host.HostName }.Where(s => !string.IsNullOrEmpty(s)));

    private static IEnumerable<(string, string)> Facts(Host host, TopologyGraph before, TopologyGraph after) =>
    [
        ("ip", host.Address?.ToString() ?? ""),
        ("device", host.Device is { } id ? NetworkDiff.Label(id, before, after) : ""),
        ("port", host.Port ?? ""),
        ("vlan", host.Vlan is { } v ? NetworkDiff.Number(v) : ""),
    ];
}
