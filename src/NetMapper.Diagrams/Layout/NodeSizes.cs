namespace NetMapper.Diagrams;

/// <summary>The size of each box: an icon on the left, the title and its lines on the right.</summary>
internal static class NodeSizes
{
    public const double TitleFont = 12, LineFont = 10, IconWidth = 34, Padding = 8, LineHeight = 13;

    public static (double Width, double Height) Of(DiagramNode node)
    {
        if (node.Kind == NodeKind.Bus) return (Math.Max(160, TextWidth.Of(node.Title, TitleFont, true) + 20), 10);
        double text = Math.Max(TextWidth.Of(node.Title, TitleFont, bold: true), node.Lines.Select(l => TextWidth.Of(l, LineFont)).DefaultIfEmpty(0).Max());
        double width = Math.Ceiling(Math.Max(110, Padding * 2 + IconWidth + text + (node.Lifecycle is null ? 0 : 14)));
        double height = Math.Max(44, Padding * 2 + LineHeight * (1 + node.Lines.Count));
        return (width, height);
    }
}
