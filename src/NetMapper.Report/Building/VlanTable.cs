namespace NetMapper.Report;

/// <summary>VLANs across the network: names, zone, the devices and ports that carry each.</summary>
internal static class VlanTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var rows = c.Graph.Vlans.OrderBy(v => v.Id).Select(v =>
        {
            var zone = c.Zones.OfVlan(v.Id);
            return new ReportRow(
            [
                PortWords.Number(v.Id), string.Join(", ", v.Names), c.ZoneName(zone),
                string.Join(", ", v.Devices.Select(c.Name)), PortWords.Number(v.Ports.Count),
            ])
            { Device = v.Devices.FirstOrDefault(), Zones = [zone.Id], Change = c.Changes.Vlan(v) };
        });
        ReportColumn[] columns =
        [
            new("VLAN", ColumnKind.Number), new(t["Names", "名稱"]), new(t["Zone", "區域"]), new(t["Devices", "設備"]),
            new(t["Ports", "連接埠數"], ColumnKind.Number),
        ];
        return new ReportTable("vlans", "VLAN", columns, rows.ToArray());
    }
}
