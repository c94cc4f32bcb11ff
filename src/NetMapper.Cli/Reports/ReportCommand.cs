using System.CommandLine;
using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Report;

namespace NetMapper.Cli.Reports;

/// <summary>
/// <c>netmapper report --out FILE.html</c>: a scan as one self-contained, offline HTML page (overview, diagrams with
/// pan and zoom, device panels, searchable tables), optionally with what changed since an earlier scan highlighted.
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var command = new Command("report",
            "Write a scan as one offline HTML page: overview, diagrams, device panels, searchable tables, changes");
        var (db, scan, zones, lang) = (StoredScan.DbOption(), StoredScan.ScanOption(), StoredScan.ZonesOption(), StoredScan.LangOption());
        var outFile = new Option<string>("--out") { Description = "the report's file (FILE.html)", Required = true };
        var org = new Option<string>("--org") { Description = "organisation named in the overview", DefaultValueFactory = _ => "" };
        var diff = new Option<string?>("--diff")
        {
            Description = "N..M: report scan M with what changed since scan N highlighted (instead of --scan)",
        };
        foreach (Option option in new Option[] { db, scan, outFile, zones, lang, org, diff }) command.Options.Add(option);
        var lifecycle = new LifecycleOptions();
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            string path = OutputPath(result.GetValue(outFile)!);
            var (before, after) = Scans(result.GetValue(db)!, result.GetValue(scan)!, result.GetValue(diff));
            var (rows, lifecyclePolicy) = lifecycle.Assess(result, after.Graph);
            var request = new ReportRequest(after, result.GetValue(db)!, policy, language, result.GetValue(org)!, path)
            {
                Lifecycle = rows, LifecyclePolicy = lifecyclePolicy, Before = before,
            };
            var written = ReportJob.Run(request);
            await output.WriteLineAsync(written.File);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The scan to report, and the earlier one for a report of changes ("N..M", M 'latest' when left out).</summary>
    private static (LoadedScan? Before, LoadedScan After) Scans(string db, string scan, string? range)
    {
        if (range is null) return (null, StoredScan.Load(db, scan));
        var ends = range.Split("..");
        if (ends.Length != 2 || ends[0].Length == 0) throw new UsageException($"--diff '{range}' must be N..M (e.g. 3..latest)");
        var before = StoredScan.Load(db, ends[0]);
        var after = StoredScan.Load(db, ends[1].Length == 0 ? "latest" : ends[1]);
        if (before.Info.Id >= after.Info.Id)
            throw new UsageException($"--diff '{range}': scan {before.Info.Id} must be earlier than scan {after.Info.Id}");
        return (before, after);
    }

    /// <summary>Checked before any work: a folder is bad input (2), a folder that cannot be written this machine's problem (3).</summary>
    private static string OutputPath(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UsageException($"--out '{path}' is a folder; give the report's file name (FILE.html)");
        OutputFolder.Prepare(Path.GetDirectoryName(full)!);
        return full;
    }
}
