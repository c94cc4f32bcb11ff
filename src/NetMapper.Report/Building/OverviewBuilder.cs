using System.Globalization;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>The overview: which network and scan, what it holds, its findings by severity, lifecycle and changes.</summary>
internal static class OverviewBuilder
{
    private static readonly string[] Counted = ["devices", "links", "hosts", "subnets", "vlans", "routes"];

    /// <summary>The counts are the rows of the tables they open (hosts include the servers that announced themselves).</summary>
    public static ReportOverview Build(ReportContext c, IReadOnlyList<ReportTable> tables)
    {
        var (t, scan) = (c.Text, c.Input.Scan);
        string time = scan.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        var facts = new List<ReportFact>
        {
            new(t["Organisation", "單位"], c.Input.Organisation.Length > 0 ? c.Input.Organisation : "—"),
            new(t["Scan", "掃描"], "#" + PortWords.Number(scan.Id)),
            new(t["Started", "開始時間"], time),
            new(t["Scope", "範圍"], string.Join(", ", scan.Scope)),
            new(t["Excluded", "排除"], string.Join(", ", scan.Exclude)),
            new(t["Seeds", "起始設備"], string.Join(", ", scan.Seeds)),
            new(t["Run by", "執行者"], scan.Operator),
            new(t["Note", "備註"], scan.Note),
        };
        if (c.Input.LifecyclePolicy is { } policy)
            facts.Add(new(t["Lifecycle judged as of", "生命週期判定基準日"], NetMapper.Lifecycle.IsoDate.Format(policy.AsOf)));
        if (c.Input.Diff is { } diff)
            facts.Add(new(t["Changes since scan", "比較之前次掃描"], "#" + PortWords.Number(diff.From)));
        return new ReportOverview(t["Network report", "網路報告"], facts.Where(f => f.Value.Length > 0).ToArray())
        {
            Counts = tables.Where(table => Counted.Contains(table.Id))
                .Select(table => new ReportCount(table.Id, table.Title, table.Rows.Count)).ToArray(),
            Findings = Enum.GetValues<FindingSeverity>().Reverse().Select(s => new ReportCount(Spelling.Of(s),
                SeverityWords.Of(s, c.Chinese), c.Findings.Count(f => f.Finding.Severity == s))).ToArray(),
            Lifecycle = Lifecycle(c),
            Changes = Changes(c),
            Incomplete = !scan.Complete,
        };
    }

    private static ReportCount[] Lifecycle(ReportContext c)
    {
        if (c.Input.Lifecycle.Count == 0) return [];
        var worst = DeviceLifecycle.ByDevice(c.Input.Lifecycle).Values;
        return Enum.GetValues<LifecycleStatus>().Select(s =>
            new ReportCount(Spelling.Of(s), LifecycleWords.Status(s, c.Chinese), worst.Count(d => d.Status == s))).ToArray();
    }

    private static ReportCount[] Changes(ReportContext c)
    {
        if (c.Input.Diff is not { } diff) return [];
        var t = c.Text;
        var d = diff.Devices;
        return
        [
            new("added", t["Devices added", "新增設備"], d.Added.Count),
            new("removed", t["Devices removed", "移除設備"], d.Removed.Count),
            new("changed", t["Devices changed or replaced", "變更或汰換設備"], d.Changed.Count + d.Replaced.Count),
            new("links", t["Links added, removed or changed", "鏈路增刪或變更"], Count(diff.Links)),
            new("subnets", t["Subnets added, removed or changed", "網段增刪或變更"], Count(diff.Subnets)),
            new("hosts", t["Hosts added, removed or changed", "主機增刪或變更"], Count(diff.Hosts)),
            new("findings", t["Findings new or resolved", "新增或已解決之檢查發現"],
                diff.Findings.New.Count + diff.Findings.Resolved.Count),
        ];
    }

    private static int Count(NetMapper.Topology.Diff.ChangeSet set) => set.Added.Count + set.Removed.Count + set.Changed.Count;
}
