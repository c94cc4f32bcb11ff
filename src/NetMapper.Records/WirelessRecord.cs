using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>Wireless: controllers first, then access points, each with what it is cabled to.</summary>
internal static class WirelessRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var w = c.W;
        var wireless = c.Graph.Devices.Where(d => d.Role is DeviceRole.WirelessController or DeviceRole.AccessPoint);
        var rows = wireless.OrderBy(d => d.Role).ThenBy(d => d.Name, StringComparer.Ordinal).Select(d =>
        {
            var uplink = c.Graph.Links.FirstOrDefault(l => l.A.Device == d.Id || l.B.Device == d.Id);
            var other = uplink is null ? null : uplink.A.Device == d.Id ? uplink.B : uplink.A;
            var kind = d.Role == DeviceRole.WirelessController ? w["Controller", "無線控制器"] : w["Access point", "無線基地台"];
            var connectedTo = other is null ? "" : $"{c.Name(other.Device)} {other.Port}";
            return new RecordCell[]
            {
                kind, d.Name, d.Model, d.ManagementAddresses.FirstOrDefault() ?? "", connectedTo, c.ZoneName(c.Zones.OfDevice(d.Id)),
            };
        });
        IReadOnlyList<string> headers =
        [
            w["Kind", "類型"], w["Name", "名稱"], w["Model", "型號"],
            w["Address", "IP 位址"], w["Connected to", "連接至"], w["Zone", "區域"],
        ];
        return new RecordTable("wireless", w["Wireless", "無線網路"], headers, rows.ToArray());
    }
}
