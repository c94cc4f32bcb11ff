using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Records;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Reports;

/// <summary><c>netmapper records --out DIR</c>: the Article 4.2 records of a scan as XLSX and CSV.</summary>
internal static class RecordsCommand
{
    public static readonly string[] Formats = ["xlsx", "csv"];

    public static Command Build()
    {
        var command = new Command("records", "Write the records of a scan (segments, routing, host IPs, backup lines, wireless, devices, findings) as XLSX and CSV");
        var (db, scan, zones) = (StoredScan.DbOption(), StoredScan.ScanOption(), StoredScan.ZonesOption());
        var outDir = new Option<string>("--out") { Description = "output folder", Required = true };
        var format = new Option<string>("--format") { Description = "xlsx, csv or both (comma-separated)", DefaultValueFactory = _ => "xlsx,csv" };
        var lang = new Option<string>("--lang") { Description = "zh-TW or en", DefaultValueFactory = _ => "zh-TW" };
        foreach (Option option in new Option[] { db, scan, outDir, format, zones, lang }) command.Options.Add(option);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var formats = ParseFormats(result.GetValue(format)!);
            var language = Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var (info, graph) = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            foreach (var path in Write(graph, policy, info.Id, result.GetValue(outDir)!, formats, language)) await output.WriteLineAsync(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the records; also used by the demo.</summary>
    public static IReadOnlyList<string> Write(TopologyGraph graph, ZonePolicy policy, int scanId, string directory, IReadOnlyCollection<string> formats, string language) =>
        RecordWriter.Write(RecordBuilder.Build(graph, new ZoneMap(graph, policy), language), directory, $"netmapper-records-scan{scanId}", formats);

    private static string[] ParseFormats(string text)
    {
        var formats = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        foreach (var f in formats.Where(f => !Formats.Contains(f))) throw new UsageException($"--format '{f}' is not one of {string.Join(", ", Formats)}");
        return formats.Length > 0 ? formats : throw new UsageException("--format names no format");
    }

    private static string Language(string text) => text is "zh-TW" or "en" ? text : throw new UsageException($"--lang '{text}' must be zh-TW or en");
}
