using NetMapper.Application.Stored;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using NetMapper.Zones;

namespace NetMapper.Application.Planning;

/// <summary>
/// The EOS/EOL replacement plan (Art. 6) of a scan from its judged lifecycle rows; written as tables when a folder is
/// given, otherwise only returned (for <c>show lifecycle</c>).
/// </summary>
public sealed record LifecyclePlanRequest(LoadedScan Scan, ZonePolicy Zones, IReadOnlyList<LifecycleRow> Assessed,
    LifecyclePolicy Policy, string Language)
{
    public string? Folder { get; init; }
    public IReadOnlyCollection<string> Formats { get; init; } = ["xlsx", "csv"];
}

/// <summary>The plan's rows in priority order, the policy they were judged by, and the files written.</summary>
public sealed record LifecyclePlanResult(IReadOnlyList<PlanRow> Rows, LifecyclePolicy Policy, IReadOnlyList<string> Files);

public static class LifecyclePlanJob
{
    public static LifecyclePlanResult Run(LifecyclePlanRequest request)
    {
        var (scan, graph) = (request.Scan.Info, request.Scan.Graph);
        var zones = PlanZones.Of(new ZoneMap(graph, request.Zones), request.Language);
        var rows = ReplacementPlan.Build(request.Assessed, zones, request.Policy);
        if (request.Folder is not { } folder) return new LifecyclePlanResult(rows, request.Policy, []);
        var tables = LifecyclePlanTables.Build(rows, request.Policy, request.Language);
        var files = RecordWriter.Write(tables, folder, $"netmapper-lifecycle-scan{scan.Id}", request.Formats);
        return new LifecyclePlanResult(rows, request.Policy, files);
    }
}
