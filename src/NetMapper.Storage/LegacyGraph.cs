using NetMapper.Topology;

namespace NetMapper.Storage;

/// <summary>
/// Scans stored by earlier versions keep loading: what they stored in an older form is brought to today's types here,
/// in one place, once the whole graph is read. Graphs already in today's form pass through unchanged.
/// </summary>
internal static class LegacyGraph
{
    public static TopologyGraph Upgrade(TopologyGraph graph)
    {
        if (graph.Links.Any(IsOldAggregate))
            graph = graph with { Links = graph.Links.Select(l => IsOldAggregate(l) ? l with { Aggregate = Stripped(l) } : l).ToArray() };
        var ids = graph.Devices.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // Members are built from the graph's own devices, so a member naming no device id is one stored by name.
        if (!graph.Subnets.SelectMany(s => s.Members).Any(m => !ids.Contains(m.DeviceId))) return graph;
        var subnets = graph.Subnets.Select(s => s with { Members = s.Members.Select(m => ById(graph, ids, m)).ToArray() });
        return graph with { Subnets = subnets.ToArray() };
    }

    /// <summary>A LAG stored as "DEVICE:PORT~DEVICE:PORT" reads with each end's device in front of its port: no port
    /// name begins with its own device's id and a colon, so this is only ever true of the old form.</summary>
    private static bool IsOldAggregate(Link link) =>
        link.Aggregate is { } lag && lag.A.StartsWith(link.A.Device + ":", StringComparison.Ordinal)
            && lag.B.StartsWith(link.B.Device + ":", StringComparison.Ordinal);

    private static LinkAggregate Stripped(Link link) =>
        new(link.Aggregate!.A[(link.A.Device.Length + 1)..], link.Aggregate.B[(link.B.Device.Length + 1)..]);

    /// <summary>A member stored by its device's label: of the devices with that label, the one that has the member's
    /// address (two devices may share a name, not an address on one subnet). Left as it is when no device matches.</summary>
    private static SubnetMember ById(TopologyGraph graph, HashSet<string> ids, SubnetMember member)
    {
        if (ids.Contains(member.DeviceId)) return member;
        var named = graph.Devices.Where(d => d.Label == member.DeviceId).ToArray();
        var device = named.FirstOrDefault(d => d.Addresses.Any(a => a.Address.Equals(member.Address))) ?? named.FirstOrDefault();
        return device is null ? member : member with { DeviceId = device.Id };
    }
}
