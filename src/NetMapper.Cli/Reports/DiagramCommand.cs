using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Diagrams;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Reports;

/// <summary>
/// <c>netmapper diagram --out DIR</c>: the Article 4 architecture diagrams of a scan (physical, logical, per-zone pages)
/// as SVG, PNG, PDF, draw.io, GraphML and DOT. Where each device went is stored with the scan, so the next scan's
/// drawing keeps unchanged devices in place.
/// </summary>
internal static class DiagramCommand
{
    public static Command Build()
    {
        var command = new Command("diagram", "Draw the architecture diagrams of a scan: physical, logical and per-zone views");
        var (db, scan, zones) = (StoredScan.DbOption(), StoredScan.ScanOption(), StoredScan.ZonesOption());
        var (outDir, lang) = (StoredScan.OutOption(), StoredScan.LangOption());
        var view = new Option<string>("--view")
        {
            Description = "physical, logical, zones (comma-separated)",
            DefaultValueFactory = _ => "physical,logical,zones",
        };
        var format = new Option<string>("--format")
        {
            Description = "svg, png, pdf, drawio, graphml, dot (comma-separated)",
            DefaultValueFactory = _ => "svg,png,pdf,drawio",
        };
        var org = new Option<string>("--org") { Description = "organisation named in the title block", DefaultValueFactory = _ => "" };
        var diff = new Option<string?>("--diff")
        {
            Description = "N..M: draw scan M with what changed since scan N marked (physical and zones views)",
        };
        var page = new Option<string>("--page")
        {
            Description = "PDF paper: A4, A3, A2, A1, A0 (one page when the drawing fits with readable text, else tiles "
                + "and an overview), or fit (one page of the drawing's size)",
            DefaultValueFactory = _ => "A3",
        };
        var dpi = new Option<int>("--dpi")
        {
            Description = $"PNG resolution: text is drawn to print at 8 pt (names) and 6 pt (labels) or more at it "
                + $"({PrintSettings.LowestDpi}-{PrintSettings.HighestDpi})",
            DefaultValueFactory = _ => PrintSettings.Default.Dpi,
        };
        foreach (Option option in new Option[] { db, scan, outDir, view, format, zones, lang, org, diff, page, dpi })
            command.Options.Add(option);
        var lifecycle = new LifecycleOptions();
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var views = Choices.Parse(result.GetValue(view)!, DiagramBook.Views, "--view");
            var formats = Choices.Parse(result.GetValue(format)!, DiagramFiles.Formats, "--format");
            var language = Choices.Language(result.GetValue(lang)!);
            var print = Print(result.GetValue(page)!, result.GetValue(dpi));
            var policy = StoredScan.Policy(result.GetValue(zones));
            var range = result.GetValue(diff);
            if (range is not null && views.Contains("logical"))
                throw new UsageException("--diff draws the physical and zones views; give --view physical,zones");
            var (info, graph, changes) = range is null
                ? Plain(StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!))
                : Changes(result.GetValue(db)!, range, policy);
            var directory = OutputFolder.Prepare(result.GetValue(outDir)!);
            var request = new DiagramRequest(graph, info, policy, language, result.GetValue(org)!)
            {
                Lifecycle = new LifecycleMarks(lifecycle.Assess(result, graph).Rows),
                Changes = changes,
                Print = print,
            };
            foreach (var path in Write(request, views, formats, directory, result.GetValue(db)!)) await output.WriteLineAsync(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal sealed record DiagramRequest(TopologyGraph Graph, ScanInfo Scan, ZonePolicy Policy, string Language, string Organisation)
    {
        /// <summary>Where the EOL badges come from.</summary>
        public ILifecycleMarks Lifecycle { get; init; } = NoLifecycleData.Instance;
        /// <summary>For a drawing of what changed: the earlier scan and the marks; null for a drawing of one scan.</summary>
        public (int From, DiagramChanges Marks)? Changes { get; init; }
        /// <summary>The PDF's paper and the PNG's resolution.</summary>
        public PrintSettings Print { get; init; } = PrintSettings.Default;
    }

    private static PrintSettings Print(string page, int dpi)
    {
        var papers = Enum.GetNames<PaperSize>();
        var paper = papers.FirstOrDefault(p => string.Equals(p, page, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"--page '{page}' is not one of {string.Join(", ", papers)}");
        if (dpi is < PrintSettings.LowestDpi or > PrintSettings.HighestDpi)
            throw new UsageException($"--dpi {dpi} must be {PrintSettings.LowestDpi}-{PrintSettings.HighestDpi}");
        return new PrintSettings(Enum.Parse<PaperSize>(paper), dpi);
    }

    private static (ScanInfo, TopologyGraph, (int, DiagramChanges)?) Plain((ScanInfo Info, TopologyGraph Graph) scan) =>
        (scan.Info, scan.Graph, null);

    /// <summary>"N..M": the later scan with the earlier one's missing parts put back, and what changed marked.</summary>
    private static (ScanInfo, TopologyGraph, (int, DiagramChanges)?) Changes(string db, string range, ZonePolicy policy)
    {
        var ends = range.Split("..");
        if (ends.Length != 2 || ends[0].Length == 0) throw new UsageException($"--diff '{range}' must be N..M (e.g. 3..latest)");
        var before = StoredScan.Load(db, ends[0]);
        var after = StoredScan.Load(db, ends[1].Length == 0 ? "latest" : ends[1]);
        var diff = Diff.DiffCommand.Compare(before, after, policy, DateOnly.FromDateTime(DateTime.Today));
        var (merged, marks) = Diff.DiffDrawing.Build(before.Graph, after.Graph, diff);
        return (after.Info, merged, (before.Info.Id, marks));
    }

    /// <summary>Lays out and writes every view asked for; also used by the demo.</summary>
    public static IReadOnlyList<string> Write(
        DiagramRequest request, IReadOnlyCollection<string> views, IReadOnlyCollection<string> formats, string directory, string db)
    {
        var zones = new ZoneMap(request.Graph, request.Policy);
        var organisation = request.Organisation.Length > 0 ? request.Organisation : "—";
        var text = new DiagramText(request.Language);
        var context = new DiagramContext(organisation, request.Scan.Id, request.Scan.StartedAt, ContentHash(request.Graph), text)
        {
            IncompleteScan = request.Scan.Status != ScanStatus.Complete,
            Subtitle = request.Changes is { } c ? text[$"changes since scan {c.From}", $"自掃描 {c.From} 以來的變更"] : "",
        };
        string name = request.Changes is { } changed ? $"diff{changed.From}-{request.Scan.Id}" : $"scan{request.Scan.Id}";
        var written = new List<string>();
        foreach (var view in views)
        {
            var (stored, hintsJson) = LoadHints(db, request.Scan.Id);
            var hints = hintsJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, NodeHint>>(hintsJson);
            var (pages, placed) = DiagramBook.Build(view, request.Graph, zones, request.Lifecycle, context, hints, request.Changes?.Marks);
            // A drawing of changes starts from the later scan's placement but stores none of its own.
            if (view == "physical" && !stored && request.Changes is null) SaveHints(db, request.Scan.Id, hintsJson, placed);
            written.AddRange(DiagramFiles.Write(pages, directory, $"netmapper-{view}-{name}", formats, request.Print));
        }
        return written;
    }

    /// <summary>SHA-256 of the scan's graph as stored: the title block names exactly which data the drawing shows.</summary>
    public static string ContentHash(TopologyGraph graph) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(graph, GraphJson.Options)))[..16];

    private static (bool Stored, string? Json) LoadHints(string db, int scanId)
    {
        using var store = StoredScan.Open(db);
        return store.LayoutHints(scanId, "physical");
    }

    private static void SaveHints(string db, int scanId, string? drawnFrom, IReadOnlyDictionary<string, NodeHint> placed)
    {
        using var store = ScanStore.Open(db);
        var ordered = placed.OrderBy(h => h.Key, StringComparer.Ordinal).ToDictionary();
        store.SaveLayout(scanId, "physical", drawnFrom, JsonSerializer.Serialize(ordered));
    }
}
