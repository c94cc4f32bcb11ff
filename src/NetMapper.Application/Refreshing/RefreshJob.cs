using NetMapper.Application.Changes;
using NetMapper.Application.Evidence;
using NetMapper.Application.Reporting;
using NetMapper.Application.Scanning;
using NetMapper.Application.Stored;
using NetMapper.Lifecycle.Matching;
using NetMapper.Storage;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

namespace NetMapper.Application.Refreshing;

/// <summary>
/// The quarterly refresh: scans, then writes the diagrams, the records, the lifecycle plan and the changes since the
/// previous complete scan into one dated evidence folder with a manifest of SHA-256 hashes and a short summary.
/// One refresh per database at a time: the second waits for the lock as long as asked, then gives up.
/// </summary>
public static class RefreshJob
{
    public static async Task<RefreshResult> RunAsync(
        RefreshRequest request, IProgress<RefreshEvent>? progress, CancellationToken cancellationToken)
    {
        string db = request.Scan.Db;
        using var held = await RefreshLock.AcquireAsync(db, request.LockWait, cancellationToken).ConfigureAwait(false);
        progress?.Report(new RefreshEvent.Scanning(db));
        var crawlProgress = progress is null ? null : new FirstDeviceProgress(progress);
        var scan = await ScanJob.RunAsync(request.Scan, crawlProgress, cancellationToken).ConfigureAwait(false);
        if (scan.Info.Status != ScanStatus.Complete) return new RefreshResult(scan);

        // Two refreshes in one minute get two packs: the second folder also names its scan.
        string pack = Path.Combine(request.EvidenceRoot, EvidencePack.FolderName(scan.Info.StartedAt));
        if (Directory.Exists(pack)) pack += $"-scan{scan.Info.Id}";
        Directory.CreateDirectory(pack);
        progress?.Report(new RefreshEvent.WritingEvidence(scan.Info.Id, pack));
        var rows = new LifecycleAssessor(request.Catalog).Assess(scan.Graph.Devices, request.LifecyclePolicy);
        var before = StoredScans.PreviousComplete(db, scan.Info.Id) is { } previous
            ? StoredScans.Load(db, ScanSelection.Of(previous)) : null;
        var evidence = EvidenceJob.Run(new EvidenceRequest(scan.Scan, request.Zones, rows, request.LifecyclePolicy,
            request.Language, request.Organisation, db, pack, request.DiagramFormats) { Before = before });
        var diff = before is null ? null : WriteChanges(before, scan.Scan, request.Zones, request.Language, Path.Combine(pack, "changes"));
        var zoneFindings = SegmentationRules.Evaluate(scan.Graph, new ZoneMap(scan.Graph, request.Zones));
        var findings = scan.Graph.Findings.Concat(zoneFindings).ToList();
        await File.WriteAllTextAsync(Path.Combine(pack, "summary.md"),
            RefreshSummary.Write(scan.Info, scan.Graph, diff, rows, findings), cancellationToken).ConfigureAwait(false);
        EvidencePack.WriteManifest(pack, scan.Info.Id, diff?.From, ScanContentHash.Of(scan.Graph));
        return new RefreshResult(scan) { Pack = pack, Evidence = evidence, Changes = diff };
    }

    /// <summary>The changes since the latest earlier complete scan, as JSON and the change report.</summary>
    private static GraphDiff WriteChanges(LoadedScan before, LoadedScan scan, ZonePolicy policy, string language, string folder)
    {
        var report = new ChangeReportRequest(folder, RecordsJob.Formats, language, WithJson: true);
        var request = new DiffRequest(before, scan, policy, DateOnly.FromDateTime(DateTime.Today)) { Report = report };
        return DiffJob.Run(request).Diff;
    }
}
