using NetMapper.Lifecycle.Catalog;
using NetMapper.Topology;

namespace NetMapper.Lifecycle.Matching;

/// <summary>
/// One line of the replacement plan: a device's chassis, one of its modules (stack member, supervisor, line card) or
/// its OS release, matched to the catalog, with the evidence and the status as of the policy's date.
/// </summary>
public sealed record LifecycleRow(Device Device, LifecycleComponent Component)
{
    /// <summary>Product ID or model for hardware, OS name for software.</summary>
    public string Product { get; init; } = "";
    public string Serial { get; init; } = "";
    /// <summary>The OS version on the device (for a chassis row too, so the plan shows what runs on it).</summary>
    public string Version { get; init; } = "";
    /// <summary>The entity name of a module ("Switch 2", "Slot 1 Supervisor").</summary>
    public string ComponentName { get; init; } = "";

    public CatalogMatch? Match { get; init; }
    public LifecycleStatus Status { get; init; } = LifecycleStatus.Unknown;
    public UnknownReason Reason { get; init; }

    public Milestones Milestones => Match?.Entry.Milestones ?? Milestones.None;
    /// <summary>The milestone that counts as unsupported for this row, and its date where known.</summary>
    public Milestone UnsupportedMilestone { get; init; } = Milestone.LastDateOfSupport;
    public DateOnly? UnsupportedOn { get; init; }
    /// <summary>Whole months from the as-of date to <see cref="UnsupportedOn"/>; negative once past.</summary>
    public int? MonthsLeft { get; init; }

    public string Replacement => Match?.Entry.Replacement ?? "";
    /// <summary>The latest release of the train, where the catalog knows it (OS rows).</summary>
    public string Latest { get; init; } = "";
    /// <summary>An older release of the train than <see cref="Latest"/>: firmware is not current.</summary>
    public bool Behind { get; init; }
}
