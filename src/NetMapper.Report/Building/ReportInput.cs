using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using NetMapper.Topology;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

namespace NetMapper.Report;

/// <summary>Which scan the report shows, as its overview names it.</summary>
public sealed record ReportScan(int Id, DateTimeOffset StartedAt, bool Complete)
{
    public IReadOnlyList<string> Seeds { get; init; } = [];
    public IReadOnlyList<string> Scope { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public string Operator { get; init; } = "";
    public string Note { get; init; } = "";
}

/// <summary>
/// What a report is made from: the scan and its graph, the zones, the diagrams already drawn as SVG, the judged
/// lifecycle rows and plan, and for a report of changes the diff (the graph then holds what was removed, too).
/// </summary>
public sealed record ReportInput(ReportScan Scan, TopologyGraph Graph, ZoneMap Zones, string Language, string Organisation)
{
    public IReadOnlyList<ReportDiagram> Diagrams { get; init; } = [];
    public IReadOnlyList<LifecycleRow> Lifecycle { get; init; } = [];
    public IReadOnlyList<PlanRow> Plan { get; init; } = [];
    /// <summary>The policy the plan was judged by; null when no lifecycle was judged.</summary>
    public LifecyclePolicy? LifecyclePolicy { get; init; }
    public GraphDiff? Diff { get; init; }
    /// <summary>Vendor names by OUI, as the records name them.</summary>
    public VendorNames Vendors { get; init; } = VendorNames.WithoutRegistry;
}
