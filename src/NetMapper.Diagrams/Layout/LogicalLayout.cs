namespace NetMapper.Diagrams;

/// <summary>
/// Lays out the logical view: buses top to bottom in zone order, each device in a column just under the first bus it
/// is on, its line running down through the buses it has addresses on. Devices whose bus ranges do not overlap share
/// a column, so no line runs through a box and no box sits on a bus.
/// </summary>
public static class LogicalLayout
{
    private const double BusHeight = 6, BusGap = 34, ColumnGap = 36, LabelRoom = 40;
    /// <summary>The font size of a bus's label (prefix, VLAN, zone): measured here, drawn by <see cref="NodeShapes"/>.</summary>
    internal const double BusLabelFont = 11;
    /// <summary>Room above the first bus, under the title band, for its label.</summary>
    private const double FirstBusDrop = 30;
    /// <summary>Room between the widest bus label and the first column of devices.</summary>
    private const double LabelsToColumns = 40;
    /// <summary>A bus starts with its label, which ends this far before the bus's first line.</summary>
    private const double LabelToFirstLine = 20;
    /// <summary>How far a bus runs on past its last line.</summary>
    private const double BusOverrun = 30;
    /// <summary>A bus is at least this much longer than its label, so a bus with one line or none still shows as a bus.</summary>
    private const double BusPastLabel = 40;

    public static DiagramLayout Run(DiagramGraph graph)
    {
        var zoneRank = graph.Zones.Select((z, i) => (z.Zone.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var buses = graph.Nodes.Where(n => n.Kind == NodeKind.Bus).OrderBy(n => zoneRank.GetValueOrDefault(n.ZoneId, int.MaxValue))
            .ThenBy(n => AddressKey(n.Title), StringComparer.Ordinal).ToArray();
        var busIndex = buses.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var devices = graph.Nodes.Where(n => n.Kind != NodeKind.Bus).ToArray();
        // each device's buses, by bus order
        int[] BusesOf(DiagramNode device) =>
            graph.Edges.Where(e => e.From == device.Id && busIndex.ContainsKey(e.To)).Select(e => busIndex[e.To]).Order().ToArray();
        var attached = devices.ToDictionary(d => d.Id, BusesOf, StringComparer.Ordinal);
        var sizes = graph.Nodes.ToDictionary(n => n.Id, NodeSizes.Of, StringComparer.Ordinal);

        // columns: interval colouring of [first bus, last bus] ranges, taken in order of the first bus
        var columns = new List<(int LastBus, List<DiagramNode> Devices)>();
        var byFirstBus = devices.Where(d => attached[d.Id].Length > 0).OrderBy(d => attached[d.Id][0]).ThenBy(d => attached[d.Id][^1])
            .ThenBy(d => d.Kind).ThenBy(d => d.Title, StringComparer.Ordinal);
        foreach (var device in byFirstBus)
        {
            var (first, last) = (attached[device.Id][0], attached[device.Id][^1]);
            int column = columns.FindIndex(c => c.LastBus < first);
            if (column < 0) columns.Add((last, [device]));
            else columns[column] = (last, [.. columns[column].Devices, device]);
        }
        // each bus's label sits left of its first line, so the widest label sets where the columns start
        double labelWidth = buses.Select(BusLabelWidth).DefaultIfEmpty(0).Max();
        var columnX = new double[columns.Count];
        double firstColumnX = ZonedLayout.Margin + labelWidth + LabelsToColumns;
        double x = firstColumnX;
        for (int c = 0; c < columns.Count; c++)
        {
            columnX[c] = x;
            x += columns[c].Devices.Max(d => sizes[d.Id].Width) + ColumnGap;
        }

        // bands: under each bus, room for the boxes whose first bus it is
        var busY = new double[buses.Length];
        var boxes = new Dictionary<string, Box>(StringComparer.Ordinal);
        double y = ZonedLayout.TitleBand + FirstBusDrop;
        // the devices whose first bus it is, with their columns
        (DiagramNode Device, int Column)[] StartingOn(int bus) =>
            columns.SelectMany((c, i) => c.Devices.Where(d => attached[d.Id][0] == bus).Select(d => (Device: d, Column: i))).ToArray();
        for (int b = 0; b < buses.Length; b++)
        {
            busY[b] = y;
            var here = StartingOn(b);
            double band = here.Select(h => sizes[h.Device.Id].Height).DefaultIfEmpty(0).Max();
            double boxTop = y + BusHeight + LabelRoom;
            foreach (var (device, column) in here)
                boxes[device.Id] = new Box(columnX[column], boxTop, sizes[device.Id].Width, sizes[device.Id].Height);
            y += BusHeight + LabelRoom + band + (band > 0 ? LabelRoom : 0) + BusGap;
        }

        var nodes = new List<PlacedNode>();
        for (int b = 0; b < buses.Length; b++)
        {
            var on = devices.Where(d => attached[d.Id].Contains(b) && boxes.ContainsKey(d.Id)).Select(d => boxes[d.Id]).ToArray();
            double firstLine = on.Length > 0 ? on.Min(o => o.CenterX) : firstColumnX;
            double left = firstLine - BusLabelWidth(buses[b]) - LabelToFirstLine;
            double right = on.Length > 0 ? on.Max(o => o.CenterX) + BusOverrun : left;
            double busWidth = Math.Max(right - left, BusLabelWidth(buses[b]) + BusPastLabel);
            nodes.Add(new PlacedNode(buses[b], new Box(left, busY[b], busWidth, BusHeight)));
        }
        nodes.AddRange(devices.Where(d => boxes.ContainsKey(d.Id)).Select(d => new PlacedNode(d, boxes[d.Id])));
        var edges = graph.Edges.Where(e => boxes.ContainsKey(e.From) && busIndex.ContainsKey(e.To)).Select(e =>
        {
            var box = boxes[e.From];
            double busLine = busY[busIndex[e.To]] + BusHeight / 2;
            var start = busLine < box.Y ? new Pt(box.CenterX, box.Y) : new Pt(box.CenterX, box.Bottom);
            return new PlacedEdge(e, [start, new Pt(box.CenterX, busLine)]);
        }).ToArray();
        double width = nodes.Select(n => n.Box.Right).DefaultIfEmpty(0).Max() + ZonedLayout.Margin;
        return new DiagramLayout(graph, Math.Ceiling(width), Math.Ceiling(y + ZonedLayout.Margin))
        {
            Nodes = nodes.OrderBy(n => n.Node.Id, StringComparer.Ordinal).ToArray(),
            Edges = edges.OrderBy(e => e.Edge.Id, StringComparer.Ordinal).ToArray(),
        };
    }

    private static double BusLabelWidth(DiagramNode bus) =>
        TextWidth.Of(bus.Title + "  " + string.Join(" · ", bus.Lines), BusLabelFont, bold: true);

    /// <summary>Sorts prefixes by address: "10.1.2.0/24" as zero-padded octets.</summary>
    private static string AddressKey(string prefix)
    {
        if (!System.Net.IPAddress.TryParse(prefix.Split('/')[0], out var address)) return prefix;
        return Convert.ToHexString(address.GetAddressBytes()) + prefix;
    }
}
