using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Plan;

namespace NetMapper.Lifecycle.Matching;

/// <summary>Turns a matched entry's milestones into a status as of the policy's date.</summary>
internal static class StatusRules
{
    public static LifecycleRow Apply(LifecycleRow row, LifecyclePolicy policy)
    {
        var milestones = row.Milestones;
        var (milestone, value) = policy.UnsupportedMilestone(milestones);
        row = row with { UnsupportedMilestone = milestone };
        if (value?.Date is { } date)
        {
            row = row with { UnsupportedOn = date, MonthsLeft = MonthsBetween(policy.AsOf, date) };
            if (date < policy.AsOf) return Known(row, LifecycleStatus.EndOfSupport);
            if (date <= policy.HorizonEnd) return Known(row, LifecycleStatus.WithinHorizon);
            return Known(row, SoldOut(milestones, policy) ? LifecycleStatus.EndOfSale : LifecycleStatus.Supported);
        }
        // A source that says support ended without a date still means unsupported.
        if (milestones.EndedWithoutDate) return Known(row, LifecycleStatus.EndOfSupport);
        if (SoldOut(milestones, policy)) return Known(row, LifecycleStatus.EndOfSale);
        if (value is { NotAnnounced: true }) return Known(row, LifecycleStatus.Supported);
        return row with { Status = LifecycleStatus.Unknown, Reason = UnknownReason.NoDates };
    }

    private static LifecycleRow Known(LifecycleRow row, LifecycleStatus status) =>
        row with { Status = status, Reason = UnknownReason.None };

    private static bool SoldOut(Milestones milestones, LifecyclePolicy policy) =>
        milestones.EndOfSale?.Date is { } endOfSale && endOfSale < policy.AsOf;

    /// <summary>Whole calendar months from one date to another (negative when the second is earlier).</summary>
    internal static int MonthsBetween(DateOnly from, DateOnly to)
    {
        int months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (to >= from && to.Day < from.Day) months--;
        if (to < from && to.Day > from.Day) months++;
        return months;
    }
}
