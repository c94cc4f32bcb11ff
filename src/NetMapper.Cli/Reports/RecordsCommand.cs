using System.CommandLine;
using NetMapper.Application.Reporting;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;

namespace NetMapper.Cli.Reports;

/// <summary><c>netmapper records --out DIR</c>: the Article 4.2 records of a scan as XLSX and CSV.</summary>
internal static class RecordsCommand
{
    public static Command Build()
    {
        var command = new Command("records",
            "Write the records of a scan (segments, routing, host IPs, backup lines, wireless, devices, findings) as XLSX and CSV");
        var (db, scan, zones) = (StoredScan.DbOption(), StoredScan.ScanOption(), StoredScan.ZonesOption());
        var outDir = StoredScan.OutOption();
        var format = new Option<string>("--format")
        {
            Description = "xlsx, csv or both (comma-separated)",
            DefaultValueFactory = _ => "xlsx,csv",
        };
        var lang = StoredScan.LangOption();
        foreach (Option option in new Option[] { db, scan, outDir, format, zones, lang }) command.Options.Add(option);
        var lifecycle = new LifecycleOptions();
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var formats = Choices.Parse(result.GetValue(format)!, RecordsJob.Formats, "--format");
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var stored = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var directory = OutputFolder.Prepare(result.GetValue(outDir)!);
            var rows = lifecycle.Assess(result, stored.Graph).Rows;
            var written = RecordsJob.Run(new RecordsRequest(stored, policy, rows, language, directory, formats));
            foreach (var path in written.Files) await output.WriteLineAsync(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}
