using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Diagrams;
using NetMapper.Topology;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

namespace NetMapper.Application.Changes;

/// <summary>
/// What a drawing of the changes between two scans shows: the later scan, with what the earlier one had and the later
/// lacks put back where it was (to be drawn ghosted), and the mark of every changed box and line.
/// </summary>
public static class DiffDrawing
{
    public static ChangesDrawing Build(LoadedScan before, LoadedScan after, ZonePolicy policy, DateOnly asOf)
    {
        var diff = DiffJob.Compare(before, after, policy, asOf);
        var (merged, marks) = Build(before.Graph, after.Graph, diff);
        return new ChangesDrawing(after with { Graph = merged }, new ChangeMarks(before.Info.Id, marks), diff);
    }

    public static (TopologyGraph Graph, DiagramChanges Changes) Build(TopologyGraph before, TopologyGraph after, GraphDiff diff)
    {
        var removedDevices = diff.Devices.Removed.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var devices = after.Devices.Concat(before.Devices.Where(d => removedDevices.Contains(d.Id))).ToList();
        var present = devices.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var removedLinks = diff.Links.Removed.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var goneLinks = before.Links.Where(l => removedLinks.Contains(NetworkDiff.LinkKey(l)))
            .Where(l => present.Contains(l.A.Device) && present.Contains(l.B.Device)).ToList();
        var merged = after with { Devices = devices, Links = after.Links.Concat(goneLinks).ToArray() };
        return (merged, new DiagramChanges(NodeMarks(diff), EdgeMarks(after, goneLinks, diff)));
    }

    private static Dictionary<string, ChangeMark> NodeMarks(GraphDiff diff)
    {
        var marks = new Dictionary<string, ChangeMark>(StringComparer.Ordinal);
        foreach (var d in diff.Devices.Changed) marks[d.Key] = ChangeMark.Changed;
        foreach (var r in diff.Devices.Replaced) marks[r.AfterId] = ChangeMark.Changed;
        foreach (var d in diff.Devices.Added) marks[d.Key] = ChangeMark.Added;
        foreach (var d in diff.Devices.Removed) marks[d.Key] = ChangeMark.Removed;
        return marks;
    }

    private static Dictionary<string, ChangeMark> EdgeMarks(TopologyGraph after, IEnumerable<Link> gone, GraphDiff diff)
    {
        var added = diff.Links.Added.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var changed = diff.Links.Changed.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var marks = new Dictionary<string, ChangeMark>(StringComparer.Ordinal);
        foreach (var link in after.Links)
        {
            if (added.Contains(NetworkDiff.LinkKey(link))) marks[PhysicalView.EdgeId(link)] = ChangeMark.Added;
            else if (changed.Contains(NetworkDiff.LinkKey(link)) || changed.Contains(NetworkDiff.LinkPair(link)))
                marks[PhysicalView.EdgeId(link)] = ChangeMark.Changed;
        }
        foreach (var link in gone) marks[PhysicalView.EdgeId(link)] = ChangeMark.Removed;
        return marks;
    }
}
