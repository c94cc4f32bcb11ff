namespace NetMapper.Topology.Diff;

/// <summary>
/// Links matched by both ends (device id and port). A cable between the same two devices that moved to other ports is
/// one changed link (its ports before and after), not one removed and one added.
/// </summary>
internal static class LinkDiff
{
    public static ChangeSet Compare(TopologyGraph before, TopologyGraph after)
    {
        var set = KeyedDiff.Compare(before.Links, after.Links, Key, l => Label(l, before, after), l => Facts(l, before),
            l => Facts(l, after));
        var oldByKey = before.Links.ToLookup(Key, StringComparer.Ordinal);
        var newByKey = after.Links.ToLookup(Key, StringComparer.Ordinal);
        var added = set.Added.ToList();
        var removed = set.Removed.ToList();
        var moved = new List<ItemChange>();
        foreach (var gone in set.Removed)
        {
            var old = oldByKey[gone.Key].First();
            var successor = added.FirstOrDefault(a => PairOf(newByKey[a.Key].First()) == PairOf(old));
            if (successor is null) continue;
            var now = newByKey[successor.Key].First();
            var fields = KeyedDiff.Fields([("ports", Ports(old, before, after)), .. Facts(old, before)],
                [("ports", Ports(now, before, after)), .. Facts(now, after)]);
            moved.Add(new ItemChange(PairOf(now), Label(now, before, after), fields));
            added.Remove(successor);
            removed.Remove(gone);
        }
        var changed = set.Changed.Concat(moved).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new ChangeSet(added, removed, changed);
    }

    /// <summary>Both ends in a fixed order, so the same cable has the same key whichever end reported it.</summary>
    internal static string Key(Link link)
    {
        var (first, second) = Ordered(link);
        return $"{first.Device}|{first.Port}~{second.Device}|{second.Port}";
    }

    internal static string PairOf(Link link)
    {
        var (first, second) = Ordered(link);
        return $"{first.Device}~{second.Device}";
    }

    private static (LinkEnd First, LinkEnd Second) Ordered(Link link)
    {
        bool inOrder = string.CompareOrdinal($"{link.A.Device}|{link.A.Port}", $"{link.B.Device}|{link.B.Port}") <= 0;
        return inOrder ? (link.A, link.B) : (link.B, link.A);
    }

    private static string Label(Link link, TopologyGraph before, TopologyGraph after)
    {
        var (first, second) = Ordered(link);
        return $"{NetworkDiff.Label(first.Device, before, after)} — {NetworkDiff.Label(second.Device, before, after)}";
    }

    private static string Ports(Link link, TopologyGraph before, TopologyGraph after)
    {
        var (first, second) = Ordered(link);
        string a = NetworkDiff.Label(first.Device, before, after), b = NetworkDiff.Label(second.Device, before, after);
        return $"{a} {first.Port} — {b} {second.Port}";
    }

    private static IEnumerable<(string, string)> Facts(Link link, TopologyGraph graph)
    {
        var (first, second) = Ordered(link);
        return
        [
            ("speed", $"{Speed(graph, first)}/{Speed(graph, second)}"),
            ("lag", link.Aggregate is { } lag ? $"{lag.A}~{lag.B}" : ""),
            ("standby", link.Backup ? "yes" : ""),
        ];
    }

    private static string Speed(TopologyGraph graph, LinkEnd end) =>
        end.IfIndex is { } index && graph.Device(end.Device)?.Interface(index) is { SpeedBps: > 0 } port
            ? (port.SpeedBps / 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + "M" : "?";
}
