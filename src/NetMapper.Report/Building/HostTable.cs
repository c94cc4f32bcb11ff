using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>End hosts as <c>show hosts</c> has them, in address order: where each is learnt (device and port) and how found.</summary>
internal static class HostTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var ordered = c.Graph.Hosts.OrderBy(h => h.Address is null).ThenBy(h => h.Address, IpAddressing.Order);
        var rows = ordered.Select(h => new ReportRow(
        [
            h.Address?.ToString() ?? "", h.Mac?.ToString() ?? "", c.Input.Vendors.OfMac(h.Mac, h.Vendor), h.HostName,
            c.ZoneName(c.Zones.OfHost(h)), h.Device is null ? "" : c.Name(h.Device), h.Port ?? "",
            h.Vlan is int v ? PortWords.Number(v) : "", FoundByWords.Of(h.Methods, c.Chinese),
        ])
        { Device = h.Device, Zones = [c.Zones.OfHost(h).Id], Change = c.Changes.Host(h) });
        ReportColumn[] columns =
        [
            new(t["IP address", "IP 位址"], ColumnKind.Ip), new("MAC", ColumnKind.Mac), new(t["Vendor", "廠牌"]),
            new(t["Host name", "主機名稱"]), new(t["Zone", "區域"]), new(t["Learnt on device", "所在設備"]),
            new(t["Port", "連接埠"]), new("VLAN", ColumnKind.Number), new(t["Found by", "發現方式"]),
        ];
        return new ReportTable("hosts", t["Hosts", "主機"], columns, rows.ToArray());
    }
}
