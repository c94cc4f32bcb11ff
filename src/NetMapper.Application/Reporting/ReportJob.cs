using NetMapper.Application.Changes;
using NetMapper.Application.Planning;
using NetMapper.Application.Stored;
using NetMapper.Discovery.Oui;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using NetMapper.Report;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Application.Reporting;

/// <summary>
/// One scan as the HTML report, into one file. Read-only on the database: the diagrams use the placement stored with
/// the scan where there is one, and store none.
/// </summary>
public sealed record ReportRequest(LoadedScan Scan, string Db, ZonePolicy Zones, string Language, string Organisation, string File)
{
    /// <summary>The judged lifecycle rows and the policy they were judged by; without them, no lifecycle is shown.</summary>
    public IReadOnlyList<LifecycleRow> Lifecycle { get; init; } = [];
    public LifecyclePolicy? LifecyclePolicy { get; init; }
    /// <summary>For a report of what changed since an earlier scan: that scan; null for a report of one scan.</summary>
    public LoadedScan? Before { get; init; }
}

public sealed record ReportResult(string File, long Bytes, int Devices);

/// <summary>Draws the diagrams, builds the model and writes the page.</summary>
public static class ReportJob
{
    public static ReportResult Run(ReportRequest request)
    {
        var asOf = request.LifecyclePolicy?.AsOf ?? DateOnly.FromDateTime(DateTime.Today);
        var changes = request.Before is { } before ? DiffDrawing.Build(before, request.Scan, request.Zones, asOf) : null;
        var scan = changes?.Merged ?? request.Scan;
        var zones = new ZoneMap(scan.Graph, request.Zones);
        var badges = new LifecycleMarks(request.Lifecycle);
        var context = DiagramsJob.Context(scan, request.Language, request.Organisation, changes?.Marks);
        var later = changes is null ? null : new DrawnScan(request.Scan, new ZoneMap(request.Scan.Graph, request.Zones),
            DiagramsJob.Context(request.Scan, request.Language, request.Organisation, null));
        var diagrams = ReportDiagrams.Draw(scan, request.Db, zones, badges, context, changes?.Marks, later);
        var info = scan.Info;
        var about = new ReportScan(info.Id, info.StartedAt, info.Status == ScanStatus.Complete)
        {
            Seeds = info.Seeds, Scope = info.Scope, Exclude = info.Exclude, Operator = info.Operator, Note = info.Note,
        };
        var input = new ReportInput(about, scan.Graph, zones, request.Language, request.Organisation)
        {
            Diagrams = diagrams,
            Lifecycle = request.Lifecycle,
            LifecyclePolicy = request.LifecyclePolicy,
            Plan = Plan(request, scan),
            Diff = changes?.Diff,
            Vendors = new VendorNames(OuiRegistry.LoadDefault().VendorOf),
        };
        long bytes = ReportFile.Write(ReportBuilder.Build(input), request.File);
        return new ReportResult(Path.GetFullPath(request.File), bytes, scan.Graph.Devices.Count);
    }

    private static IReadOnlyList<PlanRow> Plan(ReportRequest request, LoadedScan scan) =>
        request.LifecyclePolicy is { } policy && request.Lifecycle.Count > 0
            ? LifecyclePlanJob.Run(new LifecyclePlanRequest(scan, request.Zones, request.Lifecycle, policy, request.Language)).Rows
            : [];
}
