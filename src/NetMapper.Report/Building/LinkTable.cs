using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>Links as <c>show links</c> has them: both ends with their ports, speed, how they were seen, standby, LAG.</summary>
internal static class LinkTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var rows = c.Graph.Links.Select(l => new ReportRow(
        [
            c.Name(l.A.Device), l.A.Port, c.Name(l.B.Device), l.B.Port, Speed(c.Graph, l.A),
            string.Join(", ", l.Protocols.Select(p => p.ToUpperInvariant())), LinkWords.Confidence(l.Confidence, c.Chinese),
            l.Backup ? t["standby", "備援"] : "", l.AggregateName() ?? "",
        ])
        {
            Device = l.A.Device,
            Zones = c.DeviceZones(l.A.Device).Union(c.DeviceZones(l.B.Device), StringComparer.Ordinal).ToArray(),
            Change = c.Changes.Link(l),
        });
        ReportColumn[] columns =
        [
            new(t["Device A", "設備 A"]), new(t["Port A", "連接埠 A"]),
            new(t["Device B", "設備 B"]), new(t["Port B", "連接埠 B"]),
            new(t["Speed", "速率"]), new(t["Seen by", "發現方式"]), new(t["Confidence", "可信度"]), new(t["Standby", "備援"]),
            new(t["LAG", "鏈路聚合"]),
        ];
        return new ReportTable("links", t["Links", "鏈路"], columns, rows.ToArray());
    }

    private static string Speed(TopologyGraph graph, LinkEnd end) =>
        end.IfIndex is int i && graph.Device(end.Device)?.Interface(i) is { } port ? PortWords.Speed(port.SpeedBps) : "";
}
