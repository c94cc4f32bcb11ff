using System.CommandLine;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using NetMapper.Storage;
using NetMapper.Topology;
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
            var formats = Choices.Parse(result.GetValue(format)!, RecordsCommandFormats, "--format");
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var (judgement, catalog) = (lifecycle.Policy(result), lifecycle.LoadCatalog(result));
            var (info, graph) = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var directory = OutputFolder.Prepare(result.GetValue(outDir)!);
            var plan = Plan(LifecycleOptions.Assess(catalog, judgement, graph), graph, policy, language);
            foreach (var path in Write(plan.Rows, plan.Policy, info.Id, directory, formats, language))
                await output.WriteLineAsync(path);
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
            var (info, graph) = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var plan = Plan(LifecycleOptions.Assess(catalog, judgement, graph), graph, policy, "en");
            if (result.GetValue(json))
            {
                var rows = plan.Rows.Select(LifecycleJson.From).ToList();
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, GraphJson.Indented));
                return ExitCodes.Ok;
            }
            LifecycleTable.Write(output, plan.Rows, plan.Policy, info.Id);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly string[] RecordsCommandFormats = ["xlsx", "csv"];

    /// <summary>The plan's rows in priority order; also used by the demo.</summary>
    public static (IReadOnlyList<PlanRow> Rows, LifecyclePolicy Policy) Plan(
        (IReadOnlyList<LifecycleRow> Rows, LifecyclePolicy Policy) assessed, TopologyGraph graph, ZonePolicy zones, string language) =>
        (ReplacementPlan.Build(assessed.Rows, PlanZones.Of(new ZoneMap(graph, zones), language), assessed.Policy), assessed.Policy);

    public static IReadOnlyList<string> Write(IReadOnlyList<PlanRow> plan, LifecyclePolicy policy, int scanId, string directory,
        IReadOnlyCollection<string> formats, string language) =>
        RecordWriter.Write(LifecyclePlanTables.Build(plan, policy, language), directory, $"netmapper-lifecycle-scan{scanId}", formats);
}
