using System.Net;
using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>
/// Host IP addresses: every address in use, once, in address order. Device interfaces are hosts of their segment too
/// (an auditor's IP list has every address in use), then hosts from ARP, forwarding tables and sweeps, then the
/// addresses neighbours announced for devices nobody polled. The VLAN is the host's, else its segment's.
/// </summary>
internal static class HostRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var w = c.W;
        var deviceRows = c.Graph.Devices.SelectMany(d => d.Addresses.Where(a => a.IsOnSubnet).Select(a =>
        {
            var mac = d.Interface(a.IfIndex)?.Mac;
            return (Ip: a.Address, Row: Row(c, a.Address, mac, c.Vendors.OfInterface(d, mac), d.Label, d.Label, d.PortName(a.IfIndex), null,
                w["device interface", "設備介面"]));
        }));
        var hostRows = c.Graph.Hosts.Where(h => h.Address is not null).Select(h => (Ip: h.Address!, Row: Row(c, h.Address!, h.Mac,
            c.Vendors.OfMac(h.Mac, h.Vendor), h.HostName, h.Device is null ? "" : c.Name(h.Device), h.Port ?? "", h.Vlan,
            FoundByWords.Of(h.Methods, c.Chinese))));
        var announcedRows = c.Graph.Devices.Where(d => d.Status == PollStatus.NotPolled).SelectMany(d => d.ManagementAddresses
            .Select(a => IPAddress.TryParse(a, out var ip) ? ip : null).OfType<IPAddress>()
            .Select(ip => (Ip: ip, Row: Row(c, ip, null, c.Vendors.OfDevice(d), d.Name, "", "", null,
                w["neighbour announcement", "鄰居宣告"]))));
        var rows = deviceRows.Concat(hostRows).Concat(announcedRows).DistinctBy(x => x.Ip)
            .OrderBy(x => x.Ip, IpAddressing.Order).Select(x => x.Row);
        IReadOnlyList<string> headers =
        [
            w["IP address", "IP 位址"], w["MAC", "MAC"], w["Vendor", "廠牌"], w["Host name", "主機名稱"], w["Zone", "區域"],
            w["Seen on device", "所在設備"], w["Port", "連接埠"], w["VLAN", "VLAN"], w["Found by", "發現方式"],
        ];
        return new RecordTable("hosts", w["Host IP addresses", "主機 IP 位址"], headers, rows.ToArray());
    }

    private static RecordCell[] Row(RecordContext c, IPAddress ip, MacAddress? mac, string vendor, string name,
        string seenOn, string port, int? vlan, string foundBy) =>
    [
        ip.ToString(), mac?.ToString() ?? "", vendor, name, c.ZoneName(c.Zones.OfAddress(ip)), seenOn, port,
        RecordCell.Of(vlan ?? c.SubnetOf(ip)?.Vlan), foundBy,
    ];
}
