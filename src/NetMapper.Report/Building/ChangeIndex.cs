using NetMapper.Topology;
using NetMapper.Topology.Diff;

namespace NetMapper.Report;

/// <summary>How each item of a report of changes differs from the earlier scan, looked up by the diff's own keys.</summary>
internal sealed class ChangeIndex
{
    public static readonly ChangeIndex None = new(null);

    private readonly Dictionary<string, RowChange> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowChange> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowChange> _subnets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowChange> _vlans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowChange> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowChange> _hosts = new(StringComparer.Ordinal);

    public ChangeIndex(GraphDiff? diff)
    {
        if (diff is null) return;
        var d = diff.Devices;
        Add(_devices, new ChangeSet(d.Added, d.Removed, d.Changed));
        foreach (var r in d.Replaced) _devices[r.AfterId] = RowChange.Changed;
        Add(_links, diff.Links);
        Add(_subnets, diff.Subnets);
        Add(_vlans, diff.Vlans);
        Add(_routes, diff.Routes);
        Add(_hosts, diff.Hosts);
    }

    public RowChange? Device(string id) => _devices.TryGetValue(id, out var c) ? c : null;

    /// <summary>A link by both ends; one that moved ports is changed under its pair of devices.</summary>
    public RowChange? Link(Link link) => _links.TryGetValue(NetworkDiff.LinkKey(link), out var c) ? c
        : _links.TryGetValue(NetworkDiff.LinkPair(link), out c) ? c : null;

    public RowChange? Subnet(Subnet subnet) => Find(_subnets, subnet.Prefix.ToString());
    public RowChange? Vlan(NetworkVlan vlan) => Find(_vlans, vlan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public RowChange? Route(RouteEntry route) => Find(_routes, NetworkDiff.RouteKey(route));
    public RowChange? Host(Host host) => Find(_hosts, NetworkDiff.HostKey(host));

    private static RowChange? Find(Dictionary<string, RowChange> marks, string key) => marks.TryGetValue(key, out var c) ? c : null;

    private static void Add(Dictionary<string, RowChange> marks, ChangeSet set)
    {
        foreach (var item in set.Changed) marks[item.Key] = RowChange.Changed;
        foreach (var item in set.Added) marks[item.Key] = RowChange.Added;
        foreach (var item in set.Removed) marks[item.Key] = RowChange.Removed;
    }
}
