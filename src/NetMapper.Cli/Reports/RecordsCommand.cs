using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Discovery.Oui;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Reports;

/// <summary><c>netmapper records --out DIR</c>: the Article 4.2 records of a scan as XLSX and CSV.</summary>
internal static class RecordsCommand
{
    public static readonly string[] Formats = ["xlsx", "csv"];

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
            var formats = Choices.Parse(result.GetValue(format)!, Formats, "--format");
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var (info, graph) = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var directory = OutputFolder.Prepare(result.GetValue(outDir)!);
            var rows = lifecycle.Assess(result, graph).Rows;
            foreach (var path in Write(graph, policy, info, directory, formats, language, rows)) await output.WriteLineAsync(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the records; also used by the demo. Vendors are named by the IEEE registry this machine has, as the
    /// scan named its hosts' vendors.</summary>
    public static IReadOnlyList<string> Write(TopologyGraph graph, ZonePolicy policy, ScanInfo scan, string directory,
        IReadOnlyCollection<string> formats, string language, IReadOnlyList<LifecycleRow> lifecycle)
    {
        var about = new RecordScan(scan.Id, scan.StartedAt, scan.Status == ScanStatus.Complete, scan.Note);
        var vendors = new VendorNames(OuiRegistry.LoadDefault().VendorOf);
        var tables = RecordBuilder.Build(graph, new ZoneMap(graph, policy), language, lifecycle, about, vendors);
        return RecordWriter.Write(tables, directory, $"netmapper-records-scan{scan.Id}", formats);
    }
}
