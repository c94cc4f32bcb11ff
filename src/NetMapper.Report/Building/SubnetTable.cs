using NetMapper.Records;
using NetMapper.Topology;

namespace NetMapper.Report;

/// <summary>Subnets as the segment record lists them: VLAN, zone, gateways, counts and purpose.</summary>
internal static class SubnetTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var rows = c.Graph.Subnets.Select(s =>
        {
            var vlanName = s.Vlan is int v ? c.Graph.Vlans.FirstOrDefault(x => x.Id == v)?.Names.FirstOrDefault() ?? "" : "";
            var gateways = s.Members.Where(m => IsGateway(c.Graph.Device(m.DeviceId)))
                .Select(m => $"{c.Name(m.DeviceId)} {m.Interface} {m.Address}");
            var zone = c.Zones.OfSubnet(s.Prefix);
            return new ReportRow(
            [
                s.Prefix.ToString(), s.Vlan is int id ? PortWords.Number(id) : "", vlanName, c.ZoneName(zone), string.Join("; ", gateways),
                PortWords.Number(s.Members.Select(m => m.DeviceId).Distinct().Count()), PortWords.Number(s.HostCount),
                SegmentPurposes.Of(s, c.Records),
            ])
            { Device = s.Members.FirstOrDefault(m => IsGateway(c.Graph.Device(m.DeviceId)))?.DeviceId, Zones = [zone.Id],
                Change = c.Changes.Subnet(s) };
        });
        ReportColumn[] columns =
        [
            new(t["Subnet", "網段"], ColumnKind.Ip), new("VLAN", ColumnKind.Number), new(t["VLAN name", "VLAN 名稱"]),
            new(t["Zone", "區域"]), new(t["Gateway", "閘道"]), new(t["Devices", "設備數"], ColumnKind.Number),
            new(t["Hosts", "主機數"], ColumnKind.Number), new(t["Purpose", "用途"]),
        ];
        return new ReportTable("subnets", t["Subnets", "網段"], columns, rows.ToArray());
    }

    private static bool IsGateway(Device? device) => device?.Role is DeviceRole.Router or DeviceRole.Firewall or DeviceRole.L3Switch;
}
