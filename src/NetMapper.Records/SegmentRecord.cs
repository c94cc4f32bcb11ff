using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>Network segments: each subnet with its VLAN, zone, gateways, counts and purpose.</summary>
internal static class SegmentRecord
{
    public static RecordTable Build(RecordContext c) =>
        new("segments", c.W["Network segments", "網段"], Headers(c.W), c.Graph.Subnets.Select(s => Row(c, s)).ToArray());

    public static RecordCell[] Row(RecordContext c, Subnet s)
    {
        var vlanName = s.Vlan is int v ? c.Graph.Vlans.FirstOrDefault(x => x.Id == v)?.Names.FirstOrDefault() ?? "" : "";
        var gateways = Gateways(c, s).Select(m => $"{c.Name(m.DeviceId)} {m.Interface} {m.Address}");
        int devices = s.Members.Select(m => m.DeviceId).Distinct().Count();
        return
        [
            s.Prefix.ToString(), RecordCell.Of(s.Vlan), vlanName, c.ZoneName(c.Zones.OfSubnet(s.Prefix)),
            string.Join("; ", gateways), RecordCell.Of(devices), RecordCell.Of(s.HostCount), SegmentPurposes.Of(s, c),
        ];
    }

    /// <summary>The members that route for the segment: routers, firewalls and layer-3 switches.</summary>
    public static IEnumerable<SubnetMember> Gateways(RecordContext c, Subnet s) =>
        s.Members.Where(m => c.Graph.Device(m.DeviceId)?.Role is DeviceRole.Router or DeviceRole.Firewall or DeviceRole.L3Switch);

    public static IReadOnlyList<string> Headers(Words w) =>
    [
        w["Subnet", "網段"], w["VLAN", "VLAN"], w["VLAN name", "VLAN 名稱"], w["Zone", "區域"],
        w["Gateway", "閘道"], w["Devices", "設備數"], w["Hosts", "主機數"], w["Purpose", "用途"],
    ];
}
