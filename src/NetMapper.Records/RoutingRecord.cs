namespace NetMapper.Records;

/// <summary>Routing: every route of every device, by device name then destination.</summary>
internal static class RoutingRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var w = c.W;
        var ordered = c.Graph.Routes.OrderBy(r => c.Name(r.DeviceId), StringComparer.Ordinal)
            .ThenBy(r => r.Destination.ToString(), StringComparer.Ordinal);
        var rows = ordered.Select(r => new RecordCell[]
        {
            c.Name(r.DeviceId), r.Destination.ToString(), r.NextHop?.ToString() ?? w["connected", "直連"],
            c.Graph.Device(r.DeviceId)?.PortName(r.IfIndex) ?? "", RouteProtocolWords.Of(r.Protocol, c.Chinese), RecordCell.Of(r.Metric),
        });
        IReadOnlyList<string> headers =
        [
            w["Device", "設備"], w["Destination", "目的網段"], w["Next hop", "下一跳"],
            w["Interface", "介面"], w["Protocol", "協定"], w["Metric", "成本"],
        ];
        return new RecordTable("routing", w["Routing", "路由"], headers, rows.ToArray());
    }
}
