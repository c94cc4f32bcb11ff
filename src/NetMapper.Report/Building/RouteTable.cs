using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>Every route of every device, as the routing record lists them, each with its device and zones.</summary>
internal static class RouteTable
{
    public static ReportTable Build(ReportContext c)
    {
        var rows = RoutingRecord.Ordered(c.Records).Select(r => new ReportRow(RecordRows.Cells(RoutingRecord.Row(c.Records, r)))
        {
            Device = r.DeviceId, Zones = c.DeviceZones(r.DeviceId), Change = c.Changes.Route(r),
        });
        var columns = RecordRows.Columns(RoutingRecord.Headers(c.Records.W),
            ColumnKind.Text, ColumnKind.Ip, ColumnKind.Ip, ColumnKind.Text, ColumnKind.Text, ColumnKind.Number);
        return new ReportTable("routes", c.Text["Routes", "路由"], columns, rows.ToArray());
    }
}
