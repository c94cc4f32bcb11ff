using System.CommandLine;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

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
            var diff = Compare(before, after, policy, DateOnly.FromDateTime(DateTime.Today));
            if (result.GetValue(json)) await output.WriteLineAsync(JsonSerializer.Serialize(diff, GraphJson.Indented));
            else DiffText.Write(Terminal.For(output), diff);
            if (result.GetValue(outDir) is { } folder)
            {
                var directory = OutputFolder.Prepare(folder);
                var name = $"netmapper-changes-scan{diff.From}-scan{diff.To}";
                foreach (var path in RecordWriter.Write(ChangeReport.Build(diff, language), directory, name, formats))
                    await result.InvocationConfiguration.Error.WriteLineAsync(path);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The diff of two stored scans, with the zone and lifecycle status of each device among its facts.</summary>
    public static GraphDiff Compare((ScanInfo Info, TopologyGraph Graph) before, (ScanInfo Info, TopologyGraph Graph) after,
        ZonePolicy policy, DateOnly asOf)
    {
        var assessor = new LifecycleAssessor(LifecycleCatalog.BuiltIn());
        var lifecyclePolicy = new LifecyclePolicy(asOf);
        var facts = new[] { Facts(before.Graph, policy, assessor, lifecyclePolicy), Facts(after.Graph, policy, assessor, lifecyclePolicy) };
        return NetworkDiff.Compare(before.Info.Id, WithZoneFindings(before.Graph, policy), after.Info.Id,
            WithZoneFindings(after.Graph, policy), (d, side) => facts[(int)side][d.Id]);
    }

    private static Dictionary<string, (string, string)[]> Facts(TopologyGraph graph, ZonePolicy policy, LifecycleAssessor assessor,
        LifecyclePolicy lifecyclePolicy)
    {
        var zones = new ZoneMap(graph, policy);
        var status = DeviceLifecycle.ByDevice(assessor.Assess(graph.Devices, lifecyclePolicy));
        string Lifecycle(Device d) => status.TryGetValue(d.Id, out var s) ? LifecycleWords.Status(s.Status, chinese: false) : "";
        return graph.Devices.ToDictionary(d => d.Id, d => new[] { ("zone", zones.OfDevice(d.Id).Id), ("lifecycle", Lifecycle(d)) },
            StringComparer.Ordinal);
    }

    private static TopologyGraph WithZoneFindings(TopologyGraph graph, ZonePolicy policy) =>
        graph with { Findings = graph.Findings.Concat(SegmentationRules.Evaluate(graph, new ZoneMap(graph, policy))).ToArray() };
}
