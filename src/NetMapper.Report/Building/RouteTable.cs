using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>Every route of every device, by device name then destination, as the routing record lists them.</summary>
internal static class RouteTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var ordered = c.Graph.Routes.OrderBy(r => c.Name(r.DeviceId), StringComparer.Ordinal)
            .ThenBy(r => r.Destination.ToString(), StringComparer.Ordinal);
        var rows = ordered.Select(r => new ReportRow(
        [
            c.Name(r.DeviceId), r.Destination.ToString(), r.NextHop?.ToString() ?? t["connected", "直連"],
            c.Graph.Device(r.DeviceId)?.PortName(r.IfIndex) ?? "", RouteProtocolWords.Of(r.Protocol, c.Chinese),
            PortWords.Number(r.Metric),
        ])
        { Device = r.DeviceId, Zones = c.DeviceZones(r.DeviceId), Change = c.Changes.Route(r) });
        ReportColumn[] columns =
        [
            new(t["Device", "設備"]), new(t["Destination", "目的網段"], ColumnKind.Ip),
            new(t["Next hop", "下一跳"], ColumnKind.Ip),
            new(t["Interface", "介面"]), new(t["Protocol", "協定"]), new(t["Metric", "成本"], ColumnKind.Number),
        ];
        return new ReportTable("routes", t["Routes", "路由"], columns, rows.ToArray());
    }
}
