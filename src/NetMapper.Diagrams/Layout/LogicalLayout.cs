namespace NetMapper.Diagrams;

/// <summary>
/// Lays out the logical view: buses top to bottom in zone order, each device in a column just under the first bus it
/// is on, its line running down through the buses it has addresses on. Devices whose bus ranges do not overlap share
/// a column, so no line runs through a box and no box sits on a bus.
/// </summary>
public static class LogicalLayout
{
    private const double BusHeight = 6, BusGap = 34, ColumnGap = 36, LabelRoom = 40;

    public static DiagramLayout Run(DiagramGraph graph)
    {
        var zoneRank = graph.Zones.Select((z, i) => (z.Zone.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var buses = graph.Nodes.Where(n => n.Kind == NodeKind.Bus).OrderBy(n => zoneRank.GetValueOrDefault(n.ZoneId, int.MaxValue))
            .ThenBy(n => AddressKey(n.Title), StringComparer.Ordinal).ToArray();
        var busIndex = buses.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var devices = graph.Nodes.Where(n => n.Kind != NodeKind.Bus).ToArray();
        var attached = devices.ToDictionary(d => d.Id, d => graph.Edges.Where(e => e.From == d.Id && busIndex.ContainsKey(e.To)).Select(e => busIndex[e.To]).Order().ToArray(), StringComparer.Ordinal);
        var sizes = graph.Nodes.ToDictionary(n => n.Id, NodeSizes.Of, StringComparer.Ordinal);

        // columns: interval colouring of [first bus, last bus] ranges, taken in order of the first bus
        var columns = new List<(int LastBus, List<DiagramNode> Devices)>();
        foreach (var device in devices.Where(d => attached[d.Id].Length > 0).OrderBy(d => attached[d.Id][0]).ThenBy(d => attached[d.Id][^1]).ThenBy(d => d.Kind).ThenBy(d => d.Title, StringComparer.Ordinal))
        {
            var (first, last) = (attached[device.Id][0], attached[device.Id][^1]);
            int column = columns.FindIndex(c => c.LastBus < first);
            if (column < 0) columns.Add((last, [device]));
            else columns[column] = (last, [.. columns[column].Devices, device]);
        }
        // each bus's label sits left of its first line, so the widest label sets where the columns start
        double labelWidth = buses.Select(BusLabelWidth).DefaultIfEmpty(0).Max();
        var columnX = new double[columns.Count];
        double x = ZonedLayout.Margin + labelWidth + 40;
        for (int c = 0; c < columns.Count; c++)
        {
            columnX[c] = x;
            x += columns[c].Devices.Max(d => sizes[d.Id].Width) + ColumnGap;
        }

        // bands: under each bus, room for the boxes whose first bus it is
        var busY = new double[buses.Length];
        var boxes = new Dictionary<string, Box>(StringComparer.Ordinal);
        double y = ZonedLayout.TitleBand + 30;
        for (int b = 0; b < buses.Length; b++)
        {
            busY[b] = y;
            var here = columns.SelectMany((c, i) => c.Devices.Where(d => attached[d.Id][0] == b).Select(d => (Device: d, Column: i))).ToArray();
            double band = here.Select(h => sizes[h.Device.Id].Height).DefaultIfEmpty(0).Max();
            foreach (var (device, column) in here) boxes[device.Id] = new Box(columnX[column], y + BusHeight + LabelRoom, sizes[device.Id].Width, sizes[device.Id].Height);
            y += BusHeight + LabelRoom + band + (band > 0 ? LabelRoom : 0) + BusGap;
        }

        var nodes = new List<PlacedNode>();
        for (int b = 0; b < buses.Length; b++)
        {
            var on = devices.Where(d => attached[d.Id].Contains(b) && boxes.ContainsKey(d.Id)).Select(d => boxes[d.Id]).ToArray();
            double left = (on.Length > 0 ? on.Min(o => o.CenterX) : ZonedLayout.Margin + labelWidth + 40) - BusLabelWidth(buses[b]) - 20;
            double right = on.Length > 0 ? on.Max(o => o.CenterX) + 30 : left;
            double busWidth = Math.Max(right - left, BusLabelWidth(buses[b]) + 40);
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

    private static double BusLabelWidth(DiagramNode bus) => TextWidth.Of(bus.Title + "  " + string.Join(" · ", bus.Lines), 11, bold: true);

    /// <summary>Sorts prefixes by address: "10.1.2.0/24" as zero-padded octets.</summary>
    private static string AddressKey(string prefix) =>
        System.Net.IPAddress.TryParse(prefix.Split('/')[0], out var address) ? Convert.ToHexString(address.GetAddressBytes()) + prefix : prefix;
}
