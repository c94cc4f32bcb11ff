namespace NetMapper.Diagrams;

/// <summary>A box to lay out in layers, and a line between two of them. <paramref name="Weight"/>: how central the box is
/// by nature (a core before an access switch before a server); with no line upwards, layering starts from the heaviest.</summary>
internal sealed record LayerBox(string Id, double Width, double Height, int Weight = 0);
internal sealed record LayerLine(string Id, string From, string To);
/// <summary>A line that leaves the group: it runs from <paramref name="Inner"/> to the group's top or bottom border.
/// <paramref name="Upward"/>: it goes to a place above the group (not to a group beside it), so its box belongs in the top layer.</summary>
internal sealed record LayerExit(string Id, string Inner, bool Top, bool Upward = true);
/// <summary>Where a box was in an earlier drawing: its layer and x, so a rescan keeps it there.</summary>
public sealed record NodeHint(int Layer, double X);

internal sealed class LayeredResult
{
    public Dictionary<string, Pt> TopLeft { get; } = new(StringComparer.Ordinal);
    /// <summary>Lines inside the group, From to To; exits from the inner box to the border point.</summary>
    public Dictionary<string, List<Pt>> Paths { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, NodeHint> Hints { get; } = new(StringComparer.Ordinal);
    public double Width { get; set; }
    public double Height { get; set; }
}
