using NetMapper.Application.Planning;
using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Diagrams;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Zones;

namespace NetMapper.Application.Evidence;

/// <summary>What one scan's evidence is made from: the scan, the zone policy and the judged lifecycle rows.</summary>
public sealed record EvidenceRequest(LoadedScan Scan, ZonePolicy Zones, IReadOnlyList<LifecycleRow> Lifecycle,
    LifecyclePolicy LifecyclePolicy, string Language, string Organisation, string Db, string Folder,
    IReadOnlyCollection<string> DiagramFormats)
{
    /// <summary>The previous complete scan, when there is one: the report then marks what changed since.</summary>
    public LoadedScan? Before { get; init; }
}

/// <summary>The files written, by part.</summary>
public sealed record EvidenceResult(IReadOnlyList<string> Records, IReadOnlyList<string> Plan, IReadOnlyList<string> Diagrams,
    string Report);

/// <summary>
/// Writes one scan's evidence into a folder: the records (Art. 4.2) in records/, the replacement plan (Art. 6) in
/// lifecycle/, every diagram view with its EOL badges (Art. 4) in diagrams/, and all of it as one offline page,
/// report.html. The demo and the refresh both run it.
/// </summary>
public static class EvidenceJob
{
    public const string ReportFileName = "report.html";

    public static EvidenceResult Run(EvidenceRequest request)
    {
        var (scan, zones, language, folder) = (request.Scan, request.Zones, request.Language, request.Folder);
        var records = RecordsJob.Run(new RecordsRequest(scan, zones, request.Lifecycle, language, Path.Combine(folder, "records"),
            RecordsJob.Formats));
        var plan = LifecyclePlanJob.Run(new LifecyclePlanRequest(scan, zones, request.Lifecycle, request.LifecyclePolicy, language)
        {
            Folder = Path.Combine(folder, "lifecycle"),
            Formats = RecordsJob.Formats,
        });
        var drawing = new DiagramsRequest(scan, request.Db, zones, language, request.Organisation, DiagramBook.Views,
            request.DiagramFormats, Path.Combine(folder, "diagrams")) { Lifecycle = request.Lifecycle };
        var diagrams = DiagramsJob.Run(drawing);
        var report = ReportJob.Run(new ReportRequest(scan, request.Db, zones, language, request.Organisation,
            Path.Combine(folder, ReportFileName))
        {
            Lifecycle = request.Lifecycle, LifecyclePolicy = request.LifecyclePolicy, Before = request.Before,
        });
        return new EvidenceResult(records.Files, plan.Files, diagrams.Files, report.File);
    }
}
