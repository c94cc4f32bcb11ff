using System.Globalization;

namespace NetMapper.Topology.Diff;

/// <summary>Compares two scans: devices, links, subnets, VLANs, routes, hosts and findings, each by identity.</summary>
public static class NetworkDiff
{
    public static GraphDiff Compare(int from, TopologyGraph before, int to, TopologyGraph after, DeviceFacts? extra = null)
    {
        extra ??= (_, _) => [];
        return new GraphDiff(from, to,
            DeviceDiff.Compare(before, after, extra),
            LinkDiff.Compare(before, after),
            KeyedDiff.Compare(before.Subnets, after.Subnets, s => s.Prefix.ToString(), s => s.Prefix.ToString(),
                s => SubnetFacts(s, before, after)),
            KeyedDiff.Compare(before.Vlans, after.Vlans, v => Number(v.Id), v => VlanLabel(v),
                v => [("names", string.Join(", ", v.Names))]),
            KeyedDiff.Compare(before.Routes, after.Routes, RouteKey,
                r => RouteLabel(r, before, after), r => [("protocol", r.Protocol), ("metric", Number(r.Metric))]),
            HostDiff.Compare(before, after),
            FindingsOf(before, after));
    }

    /// <summary>A link's key in <see cref="GraphDiff.Links"/> added and removed: both ends, in a fixed order.</summary>
    public static string LinkKey(Link link) => LinkDiff.Key(link);

    /// <summary>A route's key in <see cref="GraphDiff.Routes"/>: its device, destination and next hop.</summary>
    public static string RouteKey(RouteEntry route) => $"{route.DeviceId}|{route.Destination}|{route.NextHop}";

    /// <summary>A host's key in <see cref="GraphDiff.Hosts"/>: its MAC, else its address.</summary>
    public static string HostKey(Host host) => HostDiff.Key(host);

    /// <summary>The key of a link that moved ports in <see cref="GraphDiff.Links"/> changed: its two devices.</summary>
    public static string LinkPair(Link link) => LinkDiff.PairOf(link);

    private static IEnumerable<(string, string)> SubnetFacts(Subnet s, TopologyGraph before, TopologyGraph after) =>
    [
        ("vlan", s.Vlan is { } v ? Number(v) : ""),
        ("members", string.Join(", ", s.Members.Select(m => $"{Label(m.DeviceId, before, after)} {m.Interface} {m.Address}")
            .Order(StringComparer.Ordinal))),
    ];

    private static FindingChanges FindingsOf(TopologyGraph before, TopologyGraph after)
    {
        var set = KeyedDiff.Compare(before.Findings, after.Findings, f => $"{f.Code}|{f.Message}", f => $"{f.Code}: {f.Message}", _ => []);
        return new FindingChanges(set.Added, set.Removed);
    }

    private static string VlanLabel(NetworkVlan v) => v.Names.Count > 0 ? $"VLAN {Number(v.Id)} ({v.Names[0]})" : $"VLAN {Number(v.Id)}";

    private static string RouteLabel(RouteEntry r, TopologyGraph before, TopologyGraph after) =>
        $"{Label(r.DeviceId, before, after)} {r.Destination} via {r.NextHop?.ToString() ?? "connected"}";

    /// <summary>A device's label from whichever scan has it.</summary>
    internal static string Label(string id, TopologyGraph before, TopologyGraph after) =>
        after.Device(id)?.Label ?? before.LabelOf(id);

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
