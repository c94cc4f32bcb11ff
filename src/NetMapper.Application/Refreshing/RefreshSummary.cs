using System.Text;
using NetMapper.Lifecycle.Matching;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Topology.Diff;

namespace NetMapper.Application.Refreshing;

/// <summary>The pack's short summary, in Traditional Chinese and English: what changed, and what needs attention.</summary>
internal static class RefreshSummary
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    public static string Write(ScanInfo scan, TopologyGraph graph, GraphDiff? diff, IReadOnlyList<LifecycleRow> lifecycle,
        IReadOnlyList<Finding> findings)
    {
        var devices = DeviceLifecycle.ByDevice(lifecycle).Values.ToList();
        int ended = devices.Count(d => d.Status == LifecycleStatus.EndOfSupport);
        int soon = devices.Count(d => d.Status == LifecycleStatus.WithinHorizon);
        int problems = findings.Count(f => f.Severity == FindingSeverity.Problem);
        var text = new StringBuilder();
        text.AppendLine(Inv, $"# 網路架構定期更新 / Network refresh — scan {scan.Id}").AppendLine();
        text.AppendLine(Inv, $"- 設備 / devices: {graph.Devices.Count}; 鏈路 / links: {graph.Links.Count}; "
            + $"網段 / subnets: {graph.Subnets.Count}");
        text.AppendLine(diff is null ? "- 變更 / changes: 無前次完整掃描 / no earlier complete scan to compare"
            : diff.IsEmpty ? $"- 變更 / changes since scan {diff.From}: 無 / no changes"
            : $"- 變更 / changes since scan {diff.From}: {Changes(diff)}");
        text.AppendLine(Inv, $"- 已終止支援設備 / devices past end of support: {ended}; "
            + $"一年內終止 / within the horizon: {soon}");
        text.AppendLine(Inv, $"- 問題 / problems found: {problems}");
        if (diff is { Findings.New.Count: > 0 })
            foreach (var f in diff.Findings.New) text.AppendLine(Inv, $"  - 新發現 / new: {f.Label}");
        return text.ToString();
    }

    private static string Changes(GraphDiff diff)
    {
        var d = diff.Devices;
        var parts = new (string Name, int Count)[]
        {
            ("devices added", d.Added.Count), ("devices removed", d.Removed.Count), ("devices changed", d.Changed.Count),
            ("devices replaced", d.Replaced.Count), ("links", Count(diff.Links)), ("subnets", Count(diff.Subnets)),
            ("VLANs", Count(diff.Vlans)), ("routes", Count(diff.Routes)), ("hosts", Count(diff.Hosts)),
            ("new findings", diff.Findings.New.Count), ("resolved findings", diff.Findings.Resolved.Count),
        };
        return string.Join(", ", parts.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.Name}"));
    }

    private static int Count(ChangeSet set) => set.Added.Count + set.Removed.Count + set.Changed.Count;
}
