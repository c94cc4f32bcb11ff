using NetMapper.Lifecycle.Matching;

namespace NetMapper.Lifecycle.Plan;

/// <summary>Where a device sits, as far as the plan's priority cares.</summary>
/// <param name="Critical">Lines, External, DMZ or Production: replaced first.</param>
public sealed record PlanZone(string Id, string Name, bool Critical)
{
    public static readonly PlanZone None = new("", "", false);
}

/// <summary>A row of the replacement plan: the matched row, its zone, priority and the quarter to replace it by.</summary>
/// <param name="Priority">1 is most urgent; null for supported rows, which need no action.</param>
/// <param name="TargetQuarter">"2027Q1"; empty where no replacement is due.</param>
public sealed record PlanRow(LifecycleRow Row, PlanZone Zone, int? Priority, string TargetQuarter);
