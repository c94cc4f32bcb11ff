namespace NetMapper.Diagrams;

/// <summary>What the title block of every page says: whose network, which scan, and which page.</summary>
public sealed record DiagramContext(string Organisation, int ScanId, DateTimeOffset ScanTime, string ContentHash, DiagramText Text)
{
    public int Page { get; init; } = 1;
    public int Pages { get; init; } = 1;
    /// <summary>What the page shows beyond its view ("DMZ"), for per-zone pages.</summary>
    public string Subtitle { get; init; } = "";
    /// <summary>The scan stopped before it finished (Ctrl-C, a crash): the title block says so on every page.</summary>
    public bool IncompleteScan { get; init; }
}
