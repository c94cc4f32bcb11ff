using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>A device box (icon, name, address, model, lifecycle badge) and a subnet bus.</summary>
internal static class NodeShapes
{
    /// <summary>The fill of a box of another zone on a zone page (<see cref="DiagramNode.Connector"/>).</summary>
    public const string OtherZoneFill = "#E0E0E0";
    /// <summary>The outline of a device not polled or not answering (<see cref="DiagramNode.Unconfirmed"/>).</summary>
    public const string UnconfirmedDashes = "4 3";

    /// <summary>How far above its bus a bus's label stands.</summary>
    private const double BusLabelLift = 6;

    public static XElement Device(PlacedNode placed)
    {
        var (node, box) = (placed.Node, placed.Box);
        var group = Tagged(node);
        string color = Palette.Of(node.Kind);
        // two separate marks, so a device can be both: another zone's is filled grey, one not polled is dashed
        var rect = SvgShapes.Rect(box, node.Connector ? OtherZoneFill : "#FFFFFF", color, node.OnBoundary ? 2.2 : 1.4, 5);
        if (node.Unconfirmed) rect.SetAttributeValue("stroke-dasharray", UnconfirmedDashes);
        if (node.Change is { } change) MarkChange(group, rect, change);
        rect.Add(SvgShapes.Tooltip(string.Join("\n", new[] { node.Title }.Concat(node.Lines))));
        group.Add(rect);
        group.Add(SvgShapes.Path(Icons.PathOf(node.Kind), color, 1.6, box.X + 7, box.CenterY - 12, 1));
        double x = box.X + NodeSizes.Padding + NodeSizes.IconWidth, y = box.Y + NodeSizes.Padding + 11;
        var title = SvgShapes.Text(x, y, node.Title, NodeSizes.TitleFont, bold: true);
        title.SetAttributeValue("data-device-name", "true");
        group.Add(title);
        foreach (var line in node.Lines)
        {
            y += NodeSizes.LineHeight;
            group.Add(SvgShapes.Text(x, y, line, NodeSizes.LineFont, "#616161"));
        }
        if (node.Lifecycle is { } mark) group.Add(Badge(mark, box));
        return group;
    }

    /// <summary>A changed box: a thick green (new) or blue (changed) outline, or the whole box ghosted (removed).</summary>
    private static void MarkChange(XElement group, XElement rect, ChangeMark change)
    {
        group.SetAttributeValue("data-change", change.ToString().ToLowerInvariant());
        rect.SetAttributeValue("stroke", DiagramChanges.ColorOf(change));
        rect.SetAttributeValue("stroke-width", ChangedOutline);
        if (change != ChangeMark.Removed) return;
        group.SetAttributeValue("opacity", DiagramChanges.RemovedOpacityText);
        rect.SetAttributeValue("stroke-dasharray", "6 4");
    }

    private const double ChangedOutline = 3;

    /// <summary>The red EOL badge or the amber warning triangle, on the box's top right corner.</summary>
    public static XElement Badge(LifecycleMark mark, Box box)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-lifecycle", mark.State.ToString());
        double x = box.Right - 4, y = box.Y + 4;
        if (mark.State == LifecycleState.PastEndOfSupport)
        {
            group.Add(SvgShapes.Circle(x, y, 11, Palette.Eol));
            group.Add(SvgShapes.Text(x, y + 3, "EOL", 8, "#FFFFFF", bold: true, "middle"));
        }
        else
        {
            group.Add(SvgShapes.Polygon([new Pt(x, y - 11), new Pt(x + 11, y + 8), new Pt(x - 11, y + 8)], Palette.Warning));
            group.Add(SvgShapes.Text(x, y + 6, "!", 11, "#212121", bold: true, "middle"));
        }
        group.Add(SvgShapes.Tooltip(mark.Text));
        return group;
    }

    /// <summary>A subnet as a thick bus line with its prefix, VLAN and zone above it (the nwdiag style).</summary>
    public static XElement Bus(PlacedNode placed)
    {
        var (node, box) = (placed.Node, placed.Box);
        var group = Tagged(node);
        string color = node.Color ?? Palette.Plain;
        var bar = SvgShapes.Rect(box, color, color, 1, 3);
        bar.Add(SvgShapes.Tooltip(string.Join("\n", new[] { node.Title }.Concat(node.Lines))));
        group.Add(bar);
        group.Add(BusLabel(placed).Draw(color));
        return group;
    }

    /// <summary>A bus's label: its prefix, VLAN, zone and host count, above its left end.</summary>
    public static TextSpot BusLabel(PlacedNode placed)
    {
        var (node, box) = (placed.Node, placed.Box);
        string label = node.Title + (node.Lines.Count > 0 ? "  " + string.Join(" · ", node.Lines) : "");
        return new TextSpot(box.X, box.Y - BusLabelLift, "start", false, label, LogicalLayout.BusLabelFont, Bold: true);
    }

    /// <summary>What a lifecycle badge on a box's corner covers.</summary>
    public static Box BadgeBox(Box box) => new(box.Right - 4 - BadgeRadius, box.Y + 4 - BadgeRadius, 2 * BadgeRadius, 2 * BadgeRadius);

    private const double BadgeRadius = 11;

    private static XElement Tagged(DiagramNode node)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-node", node.Id);
        group.SetAttributeValue("data-kind", node.Kind.ToString());
        group.SetAttributeValue("data-zone", node.OnBoundary ? "" : node.ZoneId);
        if (node.OnBoundary) group.SetAttributeValue("data-boundary-node", "true");
        if (node.Connector) group.SetAttributeValue("data-connector", "true");
        if (node.Unconfirmed) group.SetAttributeValue("data-unconfirmed", "true");
        return group;
    }
}
