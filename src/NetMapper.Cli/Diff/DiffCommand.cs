using System.CommandLine;
using System.Text.Json;
using NetMapper.Application.Changes;
using NetMapper.Cli.Common;
using NetMapper.Storage;

namespace NetMapper.Cli.Diff;

/// <summary>
/// <c>netmapper diff --from N --to M</c>: what changed between two scans, every item matched by identity (a device by its
/// hardware id, never its address), with zones and lifecycle status compared too, and segmentation findings new or
/// resolved.
/// </summary>
internal static class DiffCommand
{
    public static Command Build()
    {
        var command = new Command("diff", "Show what changed between two scans: devices, links, subnets, VLANs, routes, hosts, findings");
        var (db, zones) = (StoredScan.DbOption(), StoredScan.ZonesOption());
        var from = new Option<string>("--from") { Description = "the earlier scan number", Required = true };
        var to = new Option<string>("--to") { Description = "the later scan number or 'latest'", DefaultValueFactory = _ => "latest" };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var outDir = new Option<string?>("--out") { Description = "also write the change report (XLSX/CSV) to this folder" };
        var format = new Option<string>("--format")
        {
            Description = "xlsx, csv or both, with --out", DefaultValueFactory = _ => "xlsx,csv",
        };
        var lang = StoredScan.LangOption();
        foreach (Option option in new Option[] { db, from, to, zones, json, outDir, format, lang }) command.Options.Add(option);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var formats = Choices.Parse(result.GetValue(format)!, ["xlsx", "csv"], "--format");
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var before = StoredScan.Load(result.GetValue(db)!, result.GetValue(from)!);
            var after = StoredScan.Load(result.GetValue(db)!, result.GetValue(to)!);
            var diff = DiffJob.Run(new DiffRequest(before, after, policy, DateOnly.FromDateTime(DateTime.Today))).Diff;
            if (result.GetValue(json)) await output.WriteLineAsync(CliJson.Indent(diff));
            else DiffText.Write(Terminal.For(output), diff);
            if (result.GetValue(outDir) is { } folder)
            {
                var report = new ChangeReportRequest(OutputFolder.Prepare(folder), formats, language);
                foreach (var path in DiffJob.WriteReport(diff, report))
                    await result.InvocationConfiguration.Error.WriteLineAsync(path);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
