using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Topology;

namespace NetMapper.Cli.Lifecycle;

/// <summary>The options of every command that judges lifecycle status: --catalog, --as-of, --horizon, --unsupported-at.</summary>
internal sealed class LifecycleOptions
{
    private static readonly Dictionary<string, Milestone> MilestoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["endOfSale"] = Milestone.EndOfSale,
        ["endOfSoftwareMaintenance"] = Milestone.EndOfSoftwareMaintenance,
        ["endOfVulnerabilitySupport"] = Milestone.EndOfVulnerabilitySupport,
        ["lastDateOfSupport"] = Milestone.LastDateOfSupport,
    };

    public Option<string[]> Catalog { get; } = new("--catalog")
    {
        Description = "a lifecycle catalog YAML over the built-in one (repeatable; later files win per entry id)",
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<string?> AsOf { get; } = new("--as-of") { Description = "judge status as of this date (YYYY-MM-DD; default today)" };
    public Option<string> Horizon { get; } = new("--horizon")
    {
        Description = "how far ahead counts as 'within horizon' (12m, 18m, 2y)", DefaultValueFactory = _ => "12m",
    };
    public Option<string?> UnsupportedAt { get; } = new("--unsupported-at")
    {
        Description = "the milestone that counts as unsupported: lastDateOfSupport (default), endOfVulnerabilitySupport, "
            + "endOfSoftwareMaintenance or endOfSale",
    };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Catalog, AsOf, Horizon, UnsupportedAt }) command.Options.Add(option);
    }

    public LifecyclePolicy Policy(ParseResult result)
    {
        var asOf = DateOnly.FromDateTime(DateTime.Today);
        if (result.GetValue(AsOf) is { } text && !IsoDate.TryParse(text, out asOf))
            throw new UsageException($"--as-of '{text}' is not a date (YYYY-MM-DD)");
        string horizon = result.GetValue(Horizon)!;
        if (!MonthsInput.TryParse(horizon, out int months))
            throw new UsageException($"--horizon '{horizon}' must be months or years from 1m to 10y (12m, 18m, 2y)");
        Milestone? milestone = null;
        if (result.GetValue(UnsupportedAt) is { } name)
            milestone = MilestoneNames.TryGetValue(name, out var m) ? m
                : throw new UsageException($"--unsupported-at '{name}' must be one of {string.Join(", ", MilestoneNames.Keys)}");
        return new LifecyclePolicy(asOf, months, milestone);
    }

    public LifecycleCatalog LoadCatalog(ParseResult result) => LifecycleCatalog.Load(result.GetValue(Catalog) ?? []);

    /// <summary>The rows of every device of a scan, judged by the policy.</summary>
    public (IReadOnlyList<LifecycleRow> Rows, LifecyclePolicy Policy) Assess(ParseResult result, TopologyGraph graph) =>
        Assess(LoadCatalog(result), Policy(result), graph);

    public static (IReadOnlyList<LifecycleRow> Rows, LifecyclePolicy Policy) Assess(LifecycleCatalog catalog, LifecyclePolicy policy,
        TopologyGraph graph) => (new LifecycleAssessor(catalog).Assess(graph.Devices, policy), policy);
}
