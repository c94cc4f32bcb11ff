using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>Devices as the device record lists them (zone by zone, then by name), each opening its panel.</summary>
internal static class DeviceTable
{
    public static ReportTable Build(ReportContext c)
    {
        var row = DeviceRecord.Rows(c.Records, c.Input.Lifecycle);
        var rows = DeviceRecord.Ordered(c.Records).Select(d => new ReportRow(RecordRows.Cells(row(d)))
        {
            Device = d.Id, Zones = c.DeviceZones(d.Id), Change = c.Changes.Device(d.Id),
        });
        var columns = RecordRows.Columns(DeviceRecord.Headers(c.Records.W), ColumnKind.Text, ColumnKind.Text, ColumnKind.Text,
            ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Ip);
        return new ReportTable("devices", c.Text["Devices", "設備"], columns, rows.ToArray());
    }
}
