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
        if (!graph.Links.Any(IsOldAggregate)) return graph;
        return graph with { Links = graph.Links.Select(l => IsOldAggregate(l) ? l with { Aggregate = Stripped(l) } : l).ToArray() };
    }

    /// <summary>A LAG stored as "DEVICE:PORT~DEVICE:PORT" reads with each end's device in front of its port: no port
    /// name begins with its own device's id and a colon, so this is only ever true of the old form.</summary>
    private static bool IsOldAggregate(Link link) =>
        link.Aggregate is { } lag && lag.A.StartsWith(link.A.Device + ":", StringComparison.Ordinal)
            && lag.B.StartsWith(link.B.Device + ":", StringComparison.Ordinal);

    private static LinkAggregate Stripped(Link link) =>
        new(link.Aggregate!.A[(link.A.Device.Length + 1)..], link.Aggregate.B[(link.B.Device.Length + 1)..]);
}
