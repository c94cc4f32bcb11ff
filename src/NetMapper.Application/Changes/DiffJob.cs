using System.Text.Json;
using NetMapper.Application.Stored;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Topology.Diff;
using NetMapper.Zones;

namespace NetMapper.Application.Changes;

/// <summary>Two scans to compare, with the zone policy and the date lifecycle status is judged on.</summary>
public sealed record DiffRequest(LoadedScan Before, LoadedScan After, ZonePolicy Zones, DateOnly AsOf)
{
    /// <summary>Where to write the change report as well; null to only compare.</summary>
    public ChangeReportRequest? Report { get; init; }
}

/// <summary>The change report's folder, table formats and language; with the diff as JSON too when asked.</summary>
public sealed record ChangeReportRequest(string Folder, IReadOnlyCollection<string> Formats, string Language, bool WithJson = false);

public sealed record DiffResult(GraphDiff Diff, IReadOnlyList<string> Files);

/// <summary>
/// What changed between two scans, every item matched by identity (a device by its hardware id, never its address),
/// with zones and lifecycle status compared too, and segmentation findings new or resolved.
/// </summary>
public static class DiffJob
{
    public static DiffResult Run(DiffRequest request)
    {
        var diff = Compare(request.Before, request.After, request.Zones, request.AsOf);
        return new DiffResult(diff, request.Report is { } report ? WriteReport(diff, report) : []);
    }

    /// <summary>The diff of two scans, with the zone and lifecycle status of each device among its facts.</summary>
    public static GraphDiff Compare(LoadedScan before, LoadedScan after, ZonePolicy policy, DateOnly asOf)
    {
        var assessor = new LifecycleAssessor(LifecycleCatalog.BuiltIn());
        var lifecyclePolicy = new LifecyclePolicy(asOf);
        var facts = new[] { Facts(before.Graph, policy, assessor, lifecyclePolicy), Facts(after.Graph, policy, assessor, lifecyclePolicy) };
        return NetworkDiff.Compare(before.Info.Id, WithZoneFindings(before.Graph, policy), after.Info.Id,
            WithZoneFindings(after.Graph, policy), (d, side) => facts[(int)side][d.Id]);
    }

    /// <summary>The change report (XLSX/CSV in the records' style) and, when asked, the diff as JSON.</summary>
    public static IReadOnlyList<string> WriteReport(GraphDiff diff, ChangeReportRequest report)
    {
        Directory.CreateDirectory(report.Folder);
        string name = $"netmapper-changes-scan{diff.From}-scan{diff.To}";
        var written = new List<string>();
        if (report.WithJson)
        {
            string json = Path.Combine(report.Folder, name + ".json");
            File.WriteAllText(json, JsonSerializer.Serialize(diff, JobJson.Indented.Info<GraphDiff>()));
            written.Add(json);
        }
        written.AddRange(RecordWriter.Write(ChangeReport.Build(diff, report.Language), report.Folder, name, report.Formats));
        return written;
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
