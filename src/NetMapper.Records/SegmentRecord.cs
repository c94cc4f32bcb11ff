using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>Network segments: each subnet with its VLAN, zone, gateways, counts and purpose.</summary>
internal static class SegmentRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var w = c.W;
        var rows = c.Graph.Subnets.Select(s =>
        {
            var vlanName = s.Vlan is int v ? c.Graph.Vlans.FirstOrDefault(x => x.Id == v)?.Names.FirstOrDefault() ?? "" : "";
            bool IsGateway(SubnetMember m) =>
                c.Graph.Device(m.DeviceId)?.Role is DeviceRole.Router or DeviceRole.Firewall or DeviceRole.L3Switch;
            var gateways = s.Members.Where(IsGateway).Select(m => $"{c.Name(m.DeviceId)} {m.Interface} {m.Address}");
            int devices = s.Members.Select(m => m.DeviceId).Distinct().Count();
            return new RecordCell[]
            {
                s.Prefix.ToString(), RecordCell.Of(s.Vlan), vlanName, c.ZoneName(c.Zones.OfSubnet(s.Prefix)),
                string.Join("; ", gateways), RecordCell.Of(devices), RecordCell.Of(s.HostCount), SegmentPurposes.Of(s, c),
            };
        });
        IReadOnlyList<string> headers =
        [
            w["Subnet", "網段"], w["VLAN", "VLAN"], w["VLAN name", "VLAN 名稱"], w["Zone", "區域"],
            w["Gateway", "閘道"], w["Devices", "設備數"], w["Hosts", "主機數"], w["Purpose", "用途"],
        ];
        return new RecordTable("segments", w["Network segments", "網段"], headers, rows.ToArray());
    }
}
