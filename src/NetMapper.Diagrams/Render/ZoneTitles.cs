namespace NetMapper.Diagrams;

/// <summary>
/// Where each zone's title stands in its container: in from the left of its top band, or moved right past the lines
/// that enter the container there, so no line runs through a title.
/// </summary>
internal static class ZoneTitles
{
    /// <summary>The title's inset from the container's left border, and its baseline under the top.</summary>
    private const double Inset = 12, Baseline = 20;
    /// <summary>Room kept between a title and a line beside it.</summary>
    private const double Clearance = 4;

    public static Dictionary<string, TextSpot> Place(DiagramLayout layout, DiagramText text)
    {
        var spots = new Dictionary<string, TextSpot>(StringComparer.Ordinal);
        var segments = layout.Edges.Select(Drawn).Concat(layout.ManagementBus)
            .SelectMany(p => p.Zip(p.Skip(1))).ToArray();
        foreach (var zone in layout.Zones)
        {
            var box = zone.Box;
            var first = new TextSpot(box.X + Inset, box.Y + Baseline, "start", false, text.ZoneName(zone.Zone.Zone),
                ZonedLayout.ZoneTitleFont, Bold: true);
            var band = first.Ink;
            // the spans across the title's band that lines take
            var taken = segments.Where(s => Math.Max(s.First.Y, s.Second.Y) > band.Y && Math.Min(s.First.Y, s.Second.Y) < band.Bottom)
                .Select(s => (From: Math.Min(s.First.X, s.Second.X) - Clearance, To: Math.Max(s.First.X, s.Second.X) + Clearance))
                .Where(s => s.To > box.X && s.From < box.Right).OrderBy(s => s.From).ToArray();
            var starts = taken.Select(s => s.To).Prepend(band.X).Where(x => x + band.Width <= box.Right - Inset);
            double? free = starts.Cast<double?>().FirstOrDefault(x => !taken.Any(s => s.From < x + band.Width && s.To > x));
            spots[zone.Zone.Zone.Id] = free is { } x ? first with { X = first.X + (x - band.X) } : first;
        }
        return spots;
    }

    /// <summary>The line as drawn: a management line only as its drop to the bus.</summary>
    private static IReadOnlyList<Pt> Drawn(PlacedEdge edge) => edge.Drop?.Points ?? edge.Points;
}
