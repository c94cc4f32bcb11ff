using System.CommandLine;
using System.Text.Json;
using NetMapper.Application.Planning;
using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Cli.Common;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Plan;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Cli.Lifecycle;

/// <summary>
/// <c>netmapper lifecycle plan --out DIR</c>: the EOS/EOL replacement plan (Art. 6) of a scan as XLSX and CSV, and
/// <c>netmapper show lifecycle</c>: the same rows on screen or as JSON.
/// </summary>
internal static class LifecyclePlanCommand
{
    public static Command BuildPlan()
    {
        var command = new Command("plan",
            "Write the EOS/EOL replacement plan of a scan (a row per device, module and OS release) as XLSX and CSV");
        var (db, scan, zones, outDir, lang) = (StoredScan.DbOption(), StoredScan.ScanOption(), StoredScan.ZonesOption(),
            StoredScan.OutOption(), StoredScan.LangOption());
        var format = new Option<string>("--format")
        {
            Description = "xlsx, csv or both (comma-separated)", DefaultValueFactory = _ => "xlsx,csv",
        };
        var lifecycle = new LifecycleOptions();
        foreach (Option option in new Option[] { db, scan, outDir, format, zones, lang }) command.Options.Add(option);
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var formats = Choices.Parse(result.GetValue(format)!, RecordsJob.Formats, "--format");
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var (judgement, catalog) = (lifecycle.Policy(result), lifecycle.LoadCatalog(result));
            var stored = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var directory = OutputFolder.Prepare(result.GetValue(outDir)!);
            var plan = LifecyclePlanJob.Run(Request(stored, policy, catalog, judgement, language) with
            {
                Folder = directory,
                Formats = formats,
            });
            foreach (var path in plan.Files) await output.WriteLineAsync(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command BuildShow()
    {
        var command = new Command("lifecycle", "Show the EOS/EOL status of every device, module and OS release of a scan");
        var (db, scan, zones) = (StoredScan.DbOption(), StoredScan.ScanOption(), StoredScan.ZonesOption());
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var lifecycle = new LifecycleOptions();
        foreach (Option option in new Option[] { db, scan, json, zones }) command.Options.Add(option);
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var policy = StoredScan.Policy(result.GetValue(zones));
            var (judgement, catalog) = (lifecycle.Policy(result), lifecycle.LoadCatalog(result));
            var stored = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var plan = LifecyclePlanJob.Run(Request(stored, policy, catalog, judgement, "en"));
            if (result.GetValue(json))
            {
                var rows = plan.Rows.Select(LifecycleJson.From).ToList();
                await output.WriteLineAsync(CliJson.Indent(rows));
                return ExitCodes.Ok;
            }
            LifecycleTable.Write(output, plan.Rows, plan.Policy, stored.Info.Id);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The plan of a scan, its rows judged by the catalog and policy the options name.</summary>
    private static LifecyclePlanRequest Request(LoadedScan scan, ZonePolicy zones, LifecycleCatalog catalog, LifecyclePolicy policy,
        string language)
    {
        var assessed = LifecycleOptions.Assess(catalog, policy, scan.Graph);
        return new LifecyclePlanRequest(scan, zones, assessed.Rows, assessed.Policy, language);
    }
}
