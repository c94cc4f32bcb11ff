using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;

namespace NetMapper.Lifecycle.Plan;

/// <summary>
/// Orders the assessed rows into a replacement plan: status first (past end of support, within the horizon, end of
/// sale, unknown), then the zone (lines, External, DMZ and Production before the rest), then device name.
/// </summary>
public static class ReplacementPlan
{
    public static IReadOnlyList<PlanRow> Build(IEnumerable<LifecycleRow> rows, Func<Device, PlanZone> zoneOf, LifecyclePolicy policy) =>
        rows.Select(row => Plan(row, zoneOf(row.Device), policy))
            .OrderBy(p => p.Priority ?? int.MaxValue)
            .ThenBy(p => p.Zone.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Row.Device.Label, StringComparer.Ordinal)
            .ThenBy(p => p.Row.Component)
            .ThenBy(p => p.Row.ComponentName, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Priority bands: end of support 1 (critical zone) / 2, within the horizon 3 / 4, end of sale 5 / 6, unknown 7
    /// (find out what it is); supported rows need no action.
    /// </summary>
    public static int? PriorityOf(LifecycleStatus status, bool critical) => status switch
    {
        LifecycleStatus.EndOfSupport => critical ? 1 : 2,
        LifecycleStatus.WithinHorizon => critical ? 3 : 4,
        LifecycleStatus.EndOfSale => critical ? 5 : 6,
        LifecycleStatus.Unknown => 7,
        _ => null,
    };

    private static PlanRow Plan(LifecycleRow row, PlanZone zone, LifecyclePolicy policy) =>
        new(row, zone, PriorityOf(row.Status, zone.Critical), TargetQuarter(row, policy));

    /// <summary>
    /// Past end of support: this quarter (overdue). Otherwise the quarter before the one support ends in, so the
    /// replacement is in before support stops, but never earlier than this quarter.
    /// </summary>
    private static string TargetQuarter(LifecycleRow row, LifecyclePolicy policy)
    {
        var now = Quarter.Of(policy.AsOf);
        return row.Status switch
        {
            LifecycleStatus.EndOfSupport => now.ToString(),
            LifecycleStatus.WithinHorizon or LifecycleStatus.EndOfSale when row.UnsupportedOn is { } date =>
                Quarter.Max(Quarter.Of(date).Previous(), now).ToString(),
            _ => "",
        };
    }
}

/// <summary>A calendar quarter, written "2027Q1".</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public Quarter Previous() => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public static Quarter Max(Quarter a, Quarter b) => (a.Year, a.Number).CompareTo((b.Year, b.Number)) >= 0 ? a : b;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year}Q{Number}");
}
