using NetMapper.Application.Stored;
using NetMapper.Diagrams;
using NetMapper.Lifecycle.Matching;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Application.Reporting;

/// <summary>
/// The Article 4 views of a scan to draw into a folder. The database is where the physical view's placement is kept
/// (written once, the first time the scan is drawn).
/// </summary>
public sealed record DiagramsRequest(LoadedScan Scan, string Db, ZonePolicy Zones, string Language, string Organisation,
    IReadOnlyCollection<string> Views, IReadOnlyCollection<string> Formats, string Folder)
{
    /// <summary>Where the EOL badges come from; none without rows.</summary>
    public IReadOnlyList<LifecycleRow> Lifecycle { get; init; } = [];
    /// <summary>For a drawing of what changed: the earlier scan and the marks; null for a drawing of one scan.</summary>
    public ChangeMarks? Changes { get; init; }
    /// <summary>The PDF's paper and the PNG's resolution.</summary>
    public PrintSettings Print { get; init; } = PrintSettings.Default;
}

/// <summary>What a drawing of changes marks, and the scan they are changes since.</summary>
public sealed record ChangeMarks(int From, DiagramChanges Marks);

public sealed record DiagramsResult(IReadOnlyList<string> Files);

/// <summary>Lays out and writes every view asked for, in every format asked for.</summary>
public static class DiagramsJob
{
    public static DiagramsResult Run(DiagramsRequest request)
    {
        var (scan, graph) = (request.Scan.Info, request.Scan.Graph);
        var zones = new ZoneMap(graph, request.Zones);
        var context = Context(request.Scan, request.Language, request.Organisation, request.Changes);
        string name = request.Changes is { } changed ? $"diff{changed.From}-{scan.Id}" : $"scan{scan.Id}";
        var badges = new LifecycleMarks(request.Lifecycle);
        var written = new List<string>();
        foreach (var view in request.Views)
        {
            var (stored, hintsJson) = LayoutHints.Load(request.Db, scan.Id);
            var hints = LayoutHints.Parse(hintsJson);
            var (pages, placed) = DiagramBook.Build(view, graph, zones, badges, context, hints, request.Changes?.Marks);
            // A drawing of changes starts from the later scan's placement but stores none of its own.
            if (view == "physical" && !stored && request.Changes is null) LayoutHints.Save(request.Db, scan.Id, hintsJson, placed);
            written.AddRange(DiagramFiles.Write(pages, request.Folder, $"netmapper-{view}-{name}", request.Formats,
                request.Print));
        }
        return new DiagramsResult(written);
    }

    /// <summary>What every page's title block says: organisation, scan, content hash, and what a drawing of changes shows.</summary>
    internal static DiagramContext Context(LoadedScan loaded, string language, string organisation, ChangeMarks? changes)
    {
        var (scan, graph) = (loaded.Info, loaded.Graph);
        var text = new DiagramText(language);
        return new DiagramContext(organisation.Length > 0 ? organisation : "—", scan.Id, scan.StartedAt, ScanContentHash.Of(graph), text)
        {
            IncompleteScan = scan.Status != ScanStatus.Complete,
            Subtitle = changes is { } c ? text[$"changes since scan {c.From}", $"自掃描 {c.From} 以來的變更"] : "",
        };
    }
}
