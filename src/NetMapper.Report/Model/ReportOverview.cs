namespace NetMapper.Report;

/// <summary>A labelled value: a line of the overview or of a device's identity.</summary>
public sealed record ReportFact(string Label, string Value);

/// <summary>A count with what it counts, and a key the page styles it by ("problem", "endOfSupport").</summary>
public sealed record ReportCount(string Key, string Label, int Count);

/// <summary>The first thing the page shows: which scan of which network, and what is in it.</summary>
public sealed record ReportOverview(string Title, IReadOnlyList<ReportFact> Scan)
{
    public IReadOnlyList<ReportCount> Counts { get; init; } = [];
    public IReadOnlyList<ReportCount> Findings { get; init; } = [];
    /// <summary>Devices by their most urgent lifecycle status; empty when no lifecycle was judged.</summary>
    public IReadOnlyList<ReportCount> Lifecycle { get; init; } = [];
    /// <summary>What changed, by kind, in a report of changes; empty otherwise.</summary>
    public IReadOnlyList<ReportCount> Changes { get; init; } = [];
    /// <summary>A scan that did not finish says so first.</summary>
    public bool Incomplete { get; init; }
}
