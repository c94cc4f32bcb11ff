using NetMapper.Cli.Lifecycle;
using NetMapper.Diagrams;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Reports;

/// <summary>What one scan's evidence is made from: the scan, the zone policy and the judged lifecycle rows.</summary>
internal sealed record EvidenceRequest(ScanInfo Scan, TopologyGraph Graph, ZonePolicy Zones,
    (IReadOnlyList<LifecycleRow> Rows, LifecyclePolicy Policy) Lifecycle, string Language, string Organisation, string Db);

/// <summary>The files written, by part.</summary>
internal sealed record EvidenceFiles(IReadOnlyList<string> Records, IReadOnlyList<string> Plan, IReadOnlyList<string> Diagrams);

/// <summary>
/// Writes one scan's evidence into a folder: the records (Art. 4.2) in records/, the replacement plan (Art. 6) in
/// lifecycle/, every diagram view with its EOL badges (Art. 4) in diagrams/. The demo and the refresh both use it.
/// </summary>
internal static class EvidenceWriter
{
    private static readonly string[] TableFormats = ["xlsx", "csv"];

    public static EvidenceFiles Write(EvidenceRequest request, string folder, IReadOnlyCollection<string> diagramFormats)
    {
        var (scan, graph, zones, language) = (request.Scan, request.Graph, request.Zones, request.Language);
        var rows = request.Lifecycle.Rows;
        var records = RecordsCommand.Write(graph, zones, scan, Path.Combine(folder, "records"), TableFormats, language, rows);
        var plan = LifecyclePlanCommand.Plan(request.Lifecycle, graph, zones, language);
        var planFiles = LifecyclePlanCommand.Write(plan.Rows, plan.Policy, scan.Id, Path.Combine(folder, "lifecycle"), TableFormats,
            language);
        var drawing = new DiagramCommand.DiagramRequest(graph, scan, zones, language, request.Organisation)
        {
            Lifecycle = new LifecycleMarks(rows),
        };
        var diagrams = DiagramCommand.Write(drawing, DiagramBook.Views, diagramFormats, Path.Combine(folder, "diagrams"), request.Db);
        return new EvidenceFiles(records, planFiles, diagrams);
    }
}
