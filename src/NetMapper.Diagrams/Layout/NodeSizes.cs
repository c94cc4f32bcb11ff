namespace NetMapper.Diagrams;

/// <summary>The size of each box: an icon on the left, the title and its lines on the right.</summary>
internal static class NodeSizes
{
    public const double TitleFont = 12, LineFont = 10, IconWidth = 34, Padding = 8, LineHeight = 13;
    /// <summary>The smallest box, so short names still make boxes of one size.</summary>
    private const double MinWidth = 110, MinHeight = 44;
    /// <summary>Room on the right for the lifecycle badge on the box's corner.</summary>
    private const double BadgeRoom = 14;
    /// <summary>A bus: at least this long, and its title and this much more.</summary>
    private const double MinBusWidth = 160, BusTitleRoom = 20;
    /// <summary>A bus's height.</summary>
    private const double BusThickness = 10;

    public static (double Width, double Height) Of(DiagramNode node)
    {
        if (node.Kind == NodeKind.Bus)
        {
            double busWidth = Math.Max(MinBusWidth, TextWidth.Of(node.Title, TitleFont, true) + BusTitleRoom);
            return (busWidth, BusThickness);
        }
        double title = TextWidth.Of(node.Title, TitleFont, bold: true);
        double widestLine = node.Lines.Select(l => TextWidth.Of(l, LineFont)).DefaultIfEmpty(0).Max();
        double text = Math.Max(title, widestLine);
        double width = Math.Ceiling(Math.Max(MinWidth, Padding * 2 + IconWidth + text + (node.Lifecycle is null ? 0 : BadgeRoom)));
        double height = Math.Max(MinHeight, Padding * 2 + LineHeight * (1 + node.Lines.Count));
        return (width, height);
    }
}
