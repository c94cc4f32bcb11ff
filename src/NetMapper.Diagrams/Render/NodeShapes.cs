using Svg;

namespace NetMapper.Diagrams;

/// <summary>A device box (icon, name, address, model, lifecycle badge) and a subnet bus.</summary>
internal static class NodeShapes
{
    public static SvgGroup Device(PlacedNode placed)
    {
        var (node, box) = (placed.Node, placed.Box);
        var group = Tagged(node);
        string color = Palette.Of(node.Kind);
        var rect = SvgShapes.Rect(box, node.Connector ? "#F5F5F5" : "#FFFFFF", color, node.OnBoundary ? 2.2 : 1.4, 5);
        if (node.Unconfirmed || node.Connector) rect.StrokeDashArray = SvgShapes.Dashes("4,3");
        rect.Children.Add(SvgShapes.Tooltip(string.Join("\n", new[] { node.Title }.Concat(node.Lines))));
        group.Children.Add(rect);
        group.Children.Add(SvgShapes.Path(Icons.PathOf(node.Kind), color, 1.6, box.X + 7, box.CenterY - 12, 1));
        double x = box.X + NodeSizes.Padding + NodeSizes.IconWidth, y = box.Y + NodeSizes.Padding + 11;
        group.Children.Add(SvgShapes.Text(x, y, node.Title, NodeSizes.TitleFont, bold: true));
        foreach (var line in node.Lines)
        {
            y += NodeSizes.LineHeight;
            group.Children.Add(SvgShapes.Text(x, y, line, NodeSizes.LineFont, "#616161"));
        }
        if (node.Lifecycle is { } mark) group.Children.Add(Badge(mark, box));
        return group;
    }

    /// <summary>The red EOL badge or the amber warning triangle, on the box's top right corner.</summary>
    public static SvgGroup Badge(LifecycleMark mark, Box box)
    {
        var group = new SvgGroup();
        group.CustomAttributes["data-lifecycle"] = mark.State.ToString();
        double x = box.Right - 4, y = box.Y + 4;
        if (mark.State == LifecycleState.PastEndOfSupport)
        {
            group.Children.Add(SvgShapes.Circle(x, y, 11, Palette.Eol));
            group.Children.Add(SvgShapes.Text(x, y + 3, "EOL", 7.5, "#FFFFFF", bold: true, SvgTextAnchor.Middle));
        }
        else
        {
            var triangle = new SvgPolygon { Points = [SvgShapes.U(x), SvgShapes.U(y - 11), SvgShapes.U(x + 11), SvgShapes.U(y + 8), SvgShapes.U(x - 11), SvgShapes.U(y + 8)],
                Fill = SvgShapes.Paint(Palette.Warning), Stroke = SvgShapes.Paint("#FFFFFF") };
            group.Children.Add(triangle);
            group.Children.Add(SvgShapes.Text(x, y + 6, "!", 11, "#212121", bold: true, SvgTextAnchor.Middle));
        }
        group.Children.Add(SvgShapes.Tooltip(mark.Text));
        return group;
    }

    /// <summary>A subnet as a thick bus line with its prefix, VLAN and zone above it (the nwdiag style).</summary>
    public static SvgGroup Bus(PlacedNode placed)
    {
        var (node, box) = (placed.Node, placed.Box);
        var group = Tagged(node);
        string color = node.Color ?? Palette.Plain;
        var bar = SvgShapes.Rect(box, color, color, 1, 3);
        bar.Children.Add(SvgShapes.Tooltip(string.Join("\n", new[] { node.Title }.Concat(node.Lines))));
        group.Children.Add(bar);
        group.Children.Add(SvgShapes.Halo(SvgShapes.Text(box.X, box.Y - 6, node.Title + (node.Lines.Count > 0 ? "  " + string.Join(" · ", node.Lines) : ""), 11, color, bold: true)));
        return group;
    }

    private static SvgGroup Tagged(DiagramNode node)
    {
        var group = new SvgGroup();
        group.CustomAttributes["data-node"] = node.Id;
        group.CustomAttributes["data-kind"] = node.Kind.ToString();
        group.CustomAttributes["data-zone"] = node.OnBoundary ? "" : node.ZoneId;
        if (node.OnBoundary) group.CustomAttributes["data-boundary-node"] = "true";
        if (node.Connector) group.CustomAttributes["data-connector"] = "true";
        return group;
    }
}
