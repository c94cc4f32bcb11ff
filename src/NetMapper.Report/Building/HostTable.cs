using System.Net;
using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>
/// End hosts in address order, each with where it is learnt (device and port) and how it was found: the hosts of
/// <c>show hosts</c>, then the end hosts nobody polled that announced themselves over LLDP or CDP (a server's lldpd),
/// at the switch port their link ends on. Every address once, as the host record lists them.
/// </summary>
internal static class HostTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var learnt = c.Graph.Hosts.Select(h => (h.Address, Row: new ReportRow(
        [
            h.Address?.ToString() ?? "", h.Mac?.ToString() ?? "", c.Input.Vendors.OfMac(h.Mac, h.Vendor), h.HostName,
            c.ZoneName(c.Zones.OfHost(h)), h.Device is null ? "" : c.Name(h.Device), h.Port ?? "",
            h.Vlan is int v ? PortWords.Number(v) : "", FoundByWords.Of(h.Methods, c.Chinese),
        ])
        { Device = h.Device, Zones = [c.Zones.OfHost(h).Id], Change = c.Changes.Host(h) }));
        var rows = learnt.Concat(Announced(c)).DistinctBy(x => x.Address?.ToString() ?? x.Row.Cells[1])
            .OrderBy(x => x.Address is null).ThenBy(x => x.Address, IpAddressing.Order).Select(x => x.Row);
        ReportColumn[] columns =
        [
            new(t["IP address", "IP 位址"], ColumnKind.Ip), new("MAC", ColumnKind.Mac), new(t["Vendor", "廠牌"]),
            new(t["Host name", "主機名稱"]), new(t["Zone", "區域"]), new(t["Learnt on device", "所在設備"]),
            new(t["Port", "連接埠"]), new("VLAN", ColumnKind.Number), new(t["Found by", "發現方式"]),
        ];
        return new ReportTable("hosts", t["Hosts", "主機"], columns, rows.ToArray());
    }

    /// <summary>Servers and hosts heard of as neighbours but not polled, at the port of the device their link ends on.</summary>
    private static IEnumerable<(IPAddress? Address, ReportRow Row)> Announced(ReportContext c)
    {
        var ends = c.Graph.Links.SelectMany(l => new[] { (Host: l.A.Device, There: l.B), (Host: l.B.Device, There: l.A) })
            .ToLookup(x => x.Host, x => x.There, StringComparer.Ordinal);
        var hosts = c.Graph.Devices.Where(d => d.Status == PollStatus.NotPolled && d.Role is DeviceRole.Host or DeviceRole.Server);
        foreach (var d in hosts)
        {
            var there = ends[d.Id].FirstOrDefault();
            var port = there?.IfIndex is int i ? c.Graph.Device(there.Device)?.Interface(i) : null;
            MacAddress? mac = MacAddress.TryParse(d.ChassisId, out var m) ? m : null;
            foreach (var address in d.ManagementAddresses.Select(a => IPAddress.TryParse(a, out var ip) ? ip : null).OfType<IPAddress>())
            {
                var zone = c.Zones.OfAddress(address);
                var vlan = port?.Pvid ?? c.Records.SubnetOf(address)?.Vlan;
                yield return (address, new ReportRow(
                [
                    address.ToString(), mac?.ToString() ?? "", c.Input.Vendors.OfMac(mac, c.Input.Vendors.OfDevice(d)), d.Name,
                    c.ZoneName(zone), there is null ? "" : c.Name(there.Device), there?.Port ?? "",
                    vlan is int v ? PortWords.Number(v) : "", c.Text["neighbour announcement", "鄰居宣告"],
                ])
                { Device = there?.Device ?? d.Id, Zones = [zone.Id], Change = c.Changes.Device(d.Id) });
            }
        }
    }
}
