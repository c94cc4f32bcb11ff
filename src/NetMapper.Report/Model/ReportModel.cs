using System.Text.Json.Serialization;

namespace NetMapper.Report;

/// <summary>
/// Everything the page shows, in one language: written into the page as JSON and read by its script. Plain data only,
/// already worded, so the script never formats or translates a value.
/// </summary>
public sealed record ReportModel(string Language, int Scan, ReportOverview Overview)
{
    /// <summary>Whose network: in the page's title, so a browser's tab and a file manager's preview name it.</summary>
    public string Organisation { get; init; } = "";
    public IReadOnlyList<ReportZone> Zones { get; init; } = [];
    public IReadOnlyList<ReportDiagram> Diagrams { get; init; } = [];
    public IReadOnlyList<ReportDevice> Devices { get; init; } = [];
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
    /// <summary>Every word of the page's own, by key (<see cref="ReportText"/>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    /// <summary>Scan numbers of a report of changes ("3 → 5"); null for a report of one scan.</summary>
    public ReportChanges? Changes { get; init; }
}

/// <summary>A zone of the policy, as the zone filter lists it.</summary>
public sealed record ReportZone(string Id, string Name, string Color);

/// <summary>A diagram page: its SVG as the diagram writer drew it, and the zone it is the page of (zone pages only). The
/// SVG goes into the page as a text block of its own, not into the JSON.</summary>
public sealed record ReportDiagram(string Id, string Title, [property: JsonIgnore] string Svg)
{
    public string? Zone { get; init; }
}

/// <summary>The two scans of a report of changes.</summary>
public sealed record ReportChanges(int From, int To);
