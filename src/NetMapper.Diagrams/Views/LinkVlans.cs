using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>Which VLANs a link carries, from the VLAN port lists of both ends (a LAG member counts as its aggregate).</summary>
internal static class LinkVlans
{
    public static (int? Access, int[] Trunk) Of(TopologyGraph graph, Link link)
    {
        var untagged = new SortedSet<int>();
        var tagged = new SortedSet<int>();
        foreach (var end in new[] { link.A, link.B })
        {
            if (end.IfIndex is not int ifIndex || graph.Device(end.Device) is not { } device) continue;
            var ports = new[] { ifIndex, device.Interface(ifIndex)?.AggregateIfIndex ?? ifIndex };
            foreach (var vlan in device.Vlans.Where(v => !ZoneMap.IsDefaultVlan(v.Id)))
            {
                if (vlan.TaggedIfIndexes.Any(ports.Contains)) tagged.Add(vlan.Id);
                else if (vlan.UntaggedIfIndexes.Any(ports.Contains)) untagged.Add(vlan.Id);
            }
        }
        if (tagged.Count > 0) return (null, tagged.Union(untagged).ToArray());
        return untagged.Count == 1 ? (untagged.Min, []) : (null, untagged.ToArray());
    }
}
