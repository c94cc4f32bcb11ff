namespace NetMapper.Lifecycle.Catalog;

/// <summary>The milestones of a vendor's end-of-life policy, in the order they fall.</summary>
public enum Milestone
{
    /// <summary>End-of-life announcement.</summary>
    Announced,
    EndOfSale,
    /// <summary>Last bug-fix release (Cisco: end of SW maintenance releases; endoflife.date: end of active support).</summary>
    EndOfSoftwareMaintenance,
    /// <summary>Last security fix (Cisco: end of vulnerability/security support; endoflife.date's "eol" for most OSes).</summary>
    EndOfVulnerabilitySupport,
    /// <summary>Last date of support: no TAC, no RMA, nothing.</summary>
    LastDateOfSupport,
}

/// <summary>What a catalog says about one milestone: a date, or that the vendor has not announced one.</summary>
public readonly record struct MilestoneDate
{
    private MilestoneDate(DateOnly? date, bool notAnnounced) => (Date, NotAnnounced) = (date, notAnnounced);

    public DateOnly? Date { get; }

    /// <summary>The vendor has published a policy but no date for this milestone yet.</summary>
    public bool NotAnnounced { get; }

    public static MilestoneDate On(DateOnly date) => new(date, false);
    public static readonly MilestoneDate NotYetAnnounced = new(null, true);

    public override string ToString() => Date is { } d ? IsoDate.Format(d) : "notAnnounced";
}

/// <summary>The milestones an entry knows; a milestone it does not know is absent (unknown), never guessed.</summary>
public sealed record Milestones
{
    public static readonly Milestones None = new();

    public MilestoneDate? Announced { get; init; }
    public MilestoneDate? EndOfSale { get; init; }
    public MilestoneDate? EndOfSoftwareMaintenance { get; init; }
    public MilestoneDate? EndOfVulnerabilitySupport { get; init; }
    public MilestoneDate? LastDateOfSupport { get; init; }

    /// <summary>The source says support has ended but gives no date (endoflife.date's <c>eol: true</c>).</summary>
    public bool EndedWithoutDate { get; init; }

    public MilestoneDate? this[Milestone milestone] => milestone switch
    {
        Milestone.Announced => Announced,
        Milestone.EndOfSale => EndOfSale,
        Milestone.EndOfSoftwareMaintenance => EndOfSoftwareMaintenance,
        Milestone.EndOfVulnerabilitySupport => EndOfVulnerabilitySupport,
        _ => LastDateOfSupport,
    };

    public bool IsEmpty => this with { } == None;

    public Milestones With(Milestone milestone, MilestoneDate? value) => milestone switch
    {
        Milestone.Announced => this with { Announced = value },
        Milestone.EndOfSale => this with { EndOfSale = value },
        Milestone.EndOfSoftwareMaintenance => this with { EndOfSoftwareMaintenance = value },
        Milestone.EndOfVulnerabilitySupport => this with { EndOfVulnerabilitySupport = value },
        _ => this with { LastDateOfSupport = value },
    };
}
