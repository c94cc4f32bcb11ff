namespace NetMapper.Diagrams;

/// <summary>
/// Lays out a page of zones: each zone's boxes in layers inside its container (<see cref="LayeredLayout"/>), containers
/// side by side in bands stacked outside first, firewalls between bands on the boundary strip, and lines between zones
/// routed orthogonally through the channels between bands (and down a corridor at the side when they skip a band), so
/// no line runs through a box and no box sits in a foreign container.
/// </summary>
public static class ZonedLayout
{
    public const double Margin = 24, TitleBand = 64, ZoneTitle = 30, ZonePad = 18, ZoneGap = 48, FirewallGap = 40, Track = 9, LaneGap = 11;
    /// <summary>The font size of a zone's title in its container: measured by the layout, drawn by <see cref="SvgWriter"/>.</summary>
    internal const double ZoneTitleFont = 14;

    public static (DiagramLayout Layout, IReadOnlyDictionary<string, NodeHint> Hints) Run(DiagramGraph graph,
        IReadOnlyDictionary<string, NodeHint>? hints = null)
    {
        var page = new ZonedPage(graph);
        LayeredResult LayOut(Container c) => LayeredLayout.Run(c.Boxes, c.Lines, c.Exits, hints);
        var zoneResults = page.Containers.ToDictionary(c => c.Zone.Zone.Id, LayOut, StringComparer.Ordinal);
        var router = new ChannelRouter(page, zoneResults);
        var layout = router.Place();
        var newHints = zoneResults.Values.SelectMany(r => r.Hints).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return (layout, newHints);
    }
}
