using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Plan;

/// <summary>
/// What counts as unsupported and when: status as of a date, a horizon for "replace soon", and the milestone that
/// ends support (by default the last date of support, or the end of vulnerability support where a source gives only
/// that).
/// </summary>
public sealed record LifecyclePolicy(DateOnly AsOf, int HorizonMonths = 12, Milestone? UnsupportedAt = null)
{
    public DateOnly HorizonEnd => AsOf.AddMonths(HorizonMonths);

    /// <summary>The milestone that ends support for this entry's dates, and its value.</summary>
    public (Milestone Milestone, MilestoneDate? Value) UnsupportedMilestone(Milestones milestones)
    {
        if (UnsupportedAt is { } chosen) return (chosen, milestones[chosen]);
        if (milestones.LastDateOfSupport is { } last) return (Milestone.LastDateOfSupport, last);
        return (Milestone.EndOfVulnerabilitySupport, milestones.EndOfVulnerabilitySupport);
    }
}
