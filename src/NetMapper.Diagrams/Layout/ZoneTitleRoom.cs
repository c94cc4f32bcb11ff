using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>
/// Room for a zone's title at the top left of its container: the container is at least as wide as the title, and where
/// the lines entering from above leave no gap for it, the zone's layout starts right of it, so no line runs through it.
/// </summary>
internal static class ZoneTitleRoom
{
    /// <summary>Room beside a zone's title in its container: the title's inset from the border, and air after it.</summary>
    public const double Beside = 40;
    /// <summary>Where a zone's title starts in its container, and the room kept between it and a line beside it.</summary>
    private const double Left = 12, Clearance = 4;
    private static readonly string[] Languages = ["en", "zh-TW"];

    /// <summary>The title in the wider of its languages: the drawing may be in either.</summary>
    public static double TitleWidth(Zone zone) => Languages.Max(l => TextWidth.Of(zone.Name(l), ZonedLayout.ZoneTitleFont, bold: true));

    /// <summary>How far in from the container's left its layout starts: the padding, or past the title.</summary>
    public static double Inset(Container container, LayeredResult layout)
    {
        var entries = container.Exits.Where(e => e.Top).Select(e => layout.Paths[e.Id][^1].X + ZonedLayout.ZonePad).Order().ToArray();
        double title = TitleWidth(container.Zone.Zone) + 2 * Clearance;
        double right = Math.Max(layout.Width, TitleWidth(container.Zone.Zone) + Beside) + 2 * ZonedLayout.ZonePad - Left;
        var gaps = entries.Zip(entries.Skip(1), (a, b) => (From: a, To: b)).Prepend((From: 0.0, To: entries.FirstOrDefault(right)))
            .Append((From: entries.LastOrDefault(0), To: right + Clearance));
        bool free = entries.Length == 0 || gaps.Any(g => g.To - Math.Max(g.From, Left - Clearance) >= title);
        return free ? ZonedLayout.ZonePad : Left + title;
    }
}
