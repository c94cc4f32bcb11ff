using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>Subnets as the segment record lists them (VLAN, zone, gateways, counts, purpose); a row opens a gateway.</summary>
internal static class SubnetTable
{
    public static ReportTable Build(ReportContext c)
    {
        var rows = c.Graph.Subnets.Select(s => new ReportRow(RecordRows.Cells(SegmentRecord.Row(c.Records, s)))
        {
            Device = SegmentRecord.Gateways(c.Records, s).FirstOrDefault()?.DeviceId,
            Zones = [c.Zones.OfSubnet(s.Prefix).Id],
            Change = c.Changes.Subnet(s),
        });
        var columns = RecordRows.Columns(SegmentRecord.Headers(c.Records.W), ColumnKind.Ip, ColumnKind.Number, ColumnKind.Text,
            ColumnKind.Text, ColumnKind.Text, ColumnKind.Number, ColumnKind.Number);
        return new ReportTable("subnets", c.Text["Subnets", "網段"], columns, rows.ToArray());
    }
}
