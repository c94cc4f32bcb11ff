using NetMapper.Topology;
using NetMapper.Cli.Common;
using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;

namespace NetMapper.Cli.Lifecycle;

/// <summary>
/// One element of <c>show lifecycle --json</c>. A contract: fields may be added, never renamed or removed.
/// Milestones are ISO dates, "notAnnounced", or null where the catalog does not know.
/// </summary>
internal sealed record LifecycleJson(string Device, string Name, string Component, string ComponentName, string Zone,
    string Vendor, string Product, string Serial, string Version, string Status, string Reason, MilestonesJson Milestones,
    string? UnsupportedOn, string Replacement, string Latest, bool Behind, string Source, string? MatchedBy, string Evidence,
    int? MonthsLeft, int? Priority, string TargetQuarter)
{
    public static LifecycleJson From(PlanRow plan)
    {
        var row = plan.Row;
        var entry = row.Match?.Entry;
        return new LifecycleJson(row.Device.Id, row.Device.Label, Spelling.Camel(row.Component.ToString()), row.ComponentName, plan.Zone.Id,
            entry?.Vendor ?? row.Device.Vendor, row.Product, row.Serial, row.Version, Spelling.Camel(row.Status.ToString()),
            LifecycleWords.Reason(row.Reason, chinese: false), MilestonesJson.From(row.Milestones),
            row.UnsupportedOn is { } d ? IsoDate.Format(d) : null, row.Replacement, row.Latest, row.Behind,
            entry?.Source.ToString() ?? "", row.Match is { } m ? Spelling.Camel(m.Rule.ToString()) : null, row.Match?.Evidence ?? "",
            row.MonthsLeft, plan.Priority, plan.TargetQuarter);
    }
}

internal sealed record MilestonesJson(string? Announced, string? EndOfSale, string? EndOfSoftwareMaintenance,
    string? EndOfVulnerabilitySupport, string? LastDateOfSupport)
{
    public static MilestonesJson From(Milestones m) => new(Text(m.Announced), Text(m.EndOfSale), Text(m.EndOfSoftwareMaintenance),
        Text(m.EndOfVulnerabilitySupport), Text(m.LastDateOfSupport));

    private static string? Text(MilestoneDate? value) => value?.ToString();
}
