using System.Xml.Linq;

namespace NetMapper.Diagrams;

/// <summary>The band under the drawing: the legend of what appears on the page, and the title block.</summary>
internal static class Footer
{
    private const double RowHeight = 19, Rows = 6, TitleBlockWidth = 380, Top = 30;
    /// <summary>A legend symbol is this wide; a line symbol runs this far under the top of its row.</summary>
    private const double SymbolWidth = 26, SymbolLineY = 9;

    private sealed record Item(string Kind, string Key, string Label)
    {
        public VlanStyle? Vlan { get; init; }
    }

    public static (double Width, double Height) Measure(DiagramLayout layout, DiagramContext context)
    {
        var columns = Columns(Items(layout, context.Text));
        return (columns.Sum(c => c.Width) + TitleBlockWidth + 40, Top + Rows * RowHeight + 30);
    }

    public static XElement Draw(DiagramLayout layout, DiagramContext context, double top, double width)
    {
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-legend", "true");
        var text = context.Text;
        group.Add(SvgShapes.Text(ZonedLayout.Margin, top + 18, text["Legend", "圖例"], 12, bold: true));
        double x = ZonedLayout.Margin;
        foreach (var column in Columns(Items(layout, text)))
        {
            double y = top + Top;
            foreach (var item in column.Items)
            {
                var symbol = Symbol(item, x, y);
                symbol.SetAttributeValue("data-legend-item", item.Kind);
                group.Add(symbol);
                group.Add(SvgShapes.Text(x + 34, y + 13, item.Label, 10));
                y += RowHeight;
            }
            x += column.Width;
        }
        group.Add(TitleBlock(context, layout.Graph.View, Math.Max(x + 20, width - TitleBlockWidth - ZonedLayout.Margin), top + 10));
        return group;
    }

    private static IEnumerable<Item> Items(DiagramLayout layout, DiagramText text)
    {
        foreach (var kind in layout.Nodes.Select(n => n.Node.Kind).Where(k => k != NodeKind.Bus).Distinct().Order())
            yield return new Item("icon", kind.ToString(), text.Kind(kind));
        var edges = layout.Edges.Select(e => e.Edge).ToArray();
        Item Line(string key, string english, string chinese) => new("line", key, text[english, chinese]);
        if (edges.Any(e => e.Members > 1)) yield return Line("lag", "LAG (one line, member count)", "鏈路聚合 (一條線, 成員數)");
        if (edges.Any(e => e.TrunkVlans.Count > 0)) yield return Line("trunk", "Trunk (tagged VLANs)", "主幹 (標記 VLAN)");
        if (edges.Any(e => e.Backup)) yield return Line("backup", "Standby / backup link", "備援鏈路");
        if (edges.Any(e => e.Inferred))
            yield return Line("inferred", "Inferred (shared point-to-point subnet)", "推斷鏈路 (共用點對點子網路)");
        if (edges.Any(e => e.Management)) yield return Line("management", "Out-of-band management", "頻外管理網路");
        if (layout.Boundaries.Count > 0) yield return new Item("line", "boundary", text.Boundary);
        // every VLAN on the page, each with the style its lines have here
        var vlans = edges.Where(e => e.Vlan is not null).GroupBy(e => e.Vlan!.Value).OrderBy(g => g.Key);
        foreach (var vlan in vlans)
            yield return new Item("vlan", "", $"VLAN {vlan.Key}") { Vlan = EdgeStyle.VlanOf(vlan.First(), vlan.Key) };
        foreach (var zone in layout.Graph.Zones.Select(z => z.Zone))
            yield return new Item("zone", zone.Color, text.ZoneName(zone));
        var states = layout.Nodes.Select(n => n.Node.Lifecycle?.State).OfType<LifecycleState>().Distinct().Order();
        foreach (var state in states)
        {
            string label = state == LifecycleState.PastEndOfSupport
                ? text["Past end of support (EOS/EOL)", "已停止支援 (EOS/EOL)"]
                : text["End of support within the plan horizon", "將於規劃期內停止支援"];
            yield return new Item("badge", state.ToString(), label);
        }
        foreach (var change in layout.Nodes.Select(n => n.Node.Change).Concat(layout.Edges.Select(e => e.Edge.Change))
            .OfType<ChangeMark>().Distinct().Order())
            yield return new Item("change", change.ToString(), ChangeLabel(change, text));
        if (layout.Nodes.Any(n => n.Node.Connector))
        {
            string otherZone = text["Device of another zone, shown for its link", "其他區域的設備 (因連線而顯示)"];
            yield return new Item("other-zone", "", otherZone);
        }
        if (layout.Nodes.Any(n => n.Node.Unconfirmed))
        {
            string unconfirmed = text["Not polled / not answering (from neighbours)", "未輪詢或無回應 (由鄰居得知)"];
            yield return new Item("unconfirmed", "", unconfirmed);
        }
    }

    private static string ChangeLabel(ChangeMark change, DiagramText text) => change switch
    {
        ChangeMark.Added => text["New since the earlier scan", "較前次掃描新增"],
        ChangeMark.Removed => text["Gone since the earlier scan", "較前次掃描移除"],
        _ => text["Changed since the earlier scan", "較前次掃描變更"],
    };

    private static List<(List<Item> Items, double Width)> Columns(IEnumerable<Item> items) =>
        items.Chunk((int)Rows).Select(c => (c.ToList(), c.Max(i => TextWidth.Of(i.Label, 10)) + 34 + 24)).ToList();

    private static XElement Symbol(Item item, double x, double y)
    {
        switch (item.Kind)
        {
            case "icon":
                var kind = Enum.Parse<NodeKind>(item.Key);
                return SvgShapes.Path(Icons.PathOf(kind), Palette.Of(kind), 1.4, x + 4, y, 0.65);
            case "line":
                var (color, width, dashes) = item.Key switch
                {
                    "lag" => (Palette.Plain, 5.0, (string?)null),
                    "trunk" => (Palette.Trunk, 2.5, null),
                    "backup" => (Palette.Plain, 1.5, "7,5"),
                    "inferred" => (Palette.Plain, 1.5, EdgeStyle.InferredDashes),
                    "management" => (Palette.Management, 1.0, "2,3"),
                    _ => (Palette.Boundary, 1.0, "8,6"),
                };
                return SvgShapes.Line(SymbolLine(x, y), color, width, dashes);
            case "vlan":
                var vlanLine = SvgShapes.Line(SymbolLine(x, y), item.Vlan!.Color, 3);
                return SvgWriter.VlanLine(vlanLine, item.Vlan.Pattern, SymbolLine(x, y), 3, null);
            case "zone":
                var rect = SvgShapes.Rect(new Box(x, y + 1, SymbolWidth, 15), item.Key, item.Key, 1, 3);
                rect.SetAttributeValue("fill-opacity", "0.25");
                return rect;
            case "change":
                var mark = Enum.Parse<ChangeMark>(item.Key);
                var symbol = SvgShapes.Rect(new Box(x, y + 1, SymbolWidth, 15), "#FFFFFF", DiagramChanges.ColorOf(mark), 3, 3);
                if (mark == ChangeMark.Removed) symbol.SetAttributeValue("stroke-dasharray", "6 4");
                return symbol;
            case "badge":
                return NodeShapes.Badge(new LifecycleMark(Enum.Parse<LifecycleState>(item.Key), item.Label), new Box(x + 3, y + 6, 12, 12));
            case "other-zone":
                return SvgShapes.Rect(new Box(x, y + 1, SymbolWidth, 15), NodeShapes.OtherZoneFill, Palette.Plain, 1.2, 3);
            default:
                var box = SvgShapes.Rect(new Box(x, y + 1, SymbolWidth, 15), "#FFFFFF", Palette.Plain, 1.2, 3);
                box.SetAttributeValue("stroke-dasharray", NodeShapes.UnconfirmedDashes);
                return box;
        }
    }

    private static Pt[] SymbolLine(double x, double y) => [new Pt(x, y + SymbolLineY), new Pt(x + SymbolWidth, y + SymbolLineY)];

    private static XElement TitleBlock(DiagramContext context, string view, double x, double y)
    {
        var text = context.Text;
        var group = SvgShapes.Group();
        group.SetAttributeValue("data-title-block", "true");
        (string Label, string Value)[] rows =
        [
            (text["Organisation", "機構"], context.Organisation),
            (text["Drawing", "圖名"], text.ViewTitle(view) + (context.Subtitle.Length > 0 ? $": {context.Subtitle}" : "")),
            (text["Scan", "掃描"], text.Scan(context.ScanId, context.ScanTime)
                + (context.IncompleteScan ? " · " + text["INCOMPLETE SCAN", "掃描未完成"] : "")),
            (text["Content hash", "內容雜湊"], context.ContentHash),
            (text["Page", "頁次"], text.Page(context.Page, context.Pages)),
            (text["Drawn by", "繪製"], "NetMapper"),
        ];
        group.Add(SvgShapes.Rect(new Box(x, y, TitleBlockWidth, rows.Length * RowHeight + 8), "#FFFFFF", "#424242", 1.2));
        for (int i = 0; i < rows.Length; i++)
        {
            double rowY = y + 4 + i * RowHeight;
            group.Add(SvgShapes.Text(x + 8, rowY + 13, rows[i].Label, 9.5, "#616161"));
            group.Add(SvgShapes.Text(x + 92, rowY + 13, Fit(rows[i].Value, TitleBlockWidth - 100, 10), 10, bold: i == 1));
        }
        return group;
    }

    private static string Fit(string value, double width, double size)
    {
        if (TextWidth.Of(value, size) <= width) return value;
        while (value.Length > 1 && TextWidth.Of(value + "…", size) > width) value = value[..^1];
        return value + "…";
    }
}
