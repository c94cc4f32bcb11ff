namespace NetMapper.Diagrams;

/// <summary>How a box or line differs from the earlier scan, on a drawing of what changed between two scans.</summary>
public enum ChangeMark
{
    /// <summary>New since the earlier scan: drawn in green.</summary>
    Added,
    /// <summary>Gone since the earlier scan: drawn ghosted where it was.</summary>
    Removed,
    /// <summary>Still there with other facts (firmware, address, ports, a replaced chassis): drawn in blue.</summary>
    Changed,
}

/// <summary>Which boxes (by device id) and lines (by edge id) changed; everything else is drawn as usual.</summary>
public sealed record DiagramChanges(IReadOnlyDictionary<string, ChangeMark> Nodes, IReadOnlyDictionary<string, ChangeMark> Edges)
{
    public const string Added = "#2E7D32", Removed = "#9E9E9E", Changed = "#1565C0";
    /// <summary>How faint a removed box or line is drawn (an SVG opacity).</summary>
    public const string RemovedOpacityText = "0.45";

    public DiagramGraph Apply(DiagramGraph graph) => graph with
    {
        Nodes = graph.Nodes.Select(n => Nodes.TryGetValue(n.Id, out var mark) ? n with { Change = mark } : n).ToArray(),
        Edges = graph.Edges.Select(e => Edges.TryGetValue(e.Id, out var mark) ? e with { Change = mark } : e).ToArray(),
    };

    public static string ColorOf(ChangeMark mark) => mark switch
    {
        ChangeMark.Added => Added,
        ChangeMark.Removed => Removed,
        _ => Changed,
    };
}
