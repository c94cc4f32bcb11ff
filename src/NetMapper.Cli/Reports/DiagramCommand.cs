using System.CommandLine;
using NetMapper.Application.Changes;
using NetMapper.Application.Reporting;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Diagrams;
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
            var today = DateOnly.FromDateTime(DateTime.Today);
            var drawing = range is null ? null : Changes(result.GetValue(db)!, range, policy, today);
            var stored = drawing?.Merged ?? StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var directory = OutputFolder.Prepare(result.GetValue(outDir)!);
            var request = new DiagramsRequest(stored, result.GetValue(db)!, policy, language, result.GetValue(org)!, views, formats,
                directory)
            {
                Lifecycle = lifecycle.Assess(result, stored.Graph).Rows,
                Changes = drawing?.Marks,
                Print = print,
            };
            foreach (var path in DiagramsJob.Run(request).Files) await output.WriteLineAsync(path);
            return ExitCodes.Ok;
        });
        return command;
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

    /// <summary>"N..M": the later scan with the earlier one's missing parts put back, and what changed marked.</summary>
    private static ChangesDrawing Changes(string db, string range, ZonePolicy policy, DateOnly asOf)
    {
        var ends = range.Split("..");
        if (ends.Length != 2 || ends[0].Length == 0) throw new UsageException($"--diff '{range}' must be N..M (e.g. 3..latest)");
        var before = StoredScan.Load(db, ends[0]);
        var after = StoredScan.Load(db, ends[1].Length == 0 ? "latest" : ends[1]);
        return DiffDrawing.Build(before, after, policy, asOf);
    }
}
