namespace NetMapper.Records;

/// <summary>Routing: every route of every device, by device name then destination.</summary>
internal static class RoutingRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var rows = Ordered(c).Select(r => Row(c, r));
        return new RecordTable("routing", c.W["Routing", "路由"], Headers(c.W), rows.ToArray());
    }

    public static IEnumerable<Topology.RouteEntry> Ordered(RecordContext c) =>
        c.Graph.Routes.OrderBy(r => c.Name(r.DeviceId), StringComparer.Ordinal)
            .ThenBy(r => r.Destination.ToString(), StringComparer.Ordinal);

    public static RecordCell[] Row(RecordContext c, Topology.RouteEntry r) =>
    [
        c.Name(r.DeviceId), r.Destination.ToString(), r.NextHop?.ToString() ?? c.W["connected", "直連"],
        c.Graph.Device(r.DeviceId)?.PortName(r.IfIndex) ?? "", RouteProtocolWords.Of(r.Protocol, c.Chinese), RecordCell.Of(r.Metric),
    ];

    public static IReadOnlyList<string> Headers(Words w) =>
    [
        w["Device", "設備"], w["Destination", "目的網段"], w["Next hop", "下一跳"],
        w["Interface", "介面"], w["Protocol", "協定"], w["Metric", "成本"],
    ];
}
