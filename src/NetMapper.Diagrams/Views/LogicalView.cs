using System.Globalization;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>
/// The logical view (the nwdiag style): each subnet a bus labelled with its prefix, VLAN, zone and host count; every
/// device with an address on it attached by a line that names the interface and address.
/// </summary>
public static class LogicalView
{
    public static DiagramGraph Build(TopologyGraph graph, ZoneMap zones, DiagramText text)
    {
        var nodes = new List<DiagramNode>();
        var edges = new List<DiagramEdge>();
        var devices = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var subnet in graph.Subnets.OrderBy(s => s.Prefix.ToString(), StringComparer.Ordinal))
        {
            var zone = zones.OfSubnet(subnet.Prefix);
            string id = "subnet:" + subnet.Prefix;
            var vlanName = subnet.Vlan is int v ? graph.Vlans.FirstOrDefault(x => x.Id == v)?.Names.FirstOrDefault() : null;
            var lines = new List<string>();
            if (subnet.Vlan is int vlan)
            {
                string named = vlanName is { Length: > 0 } ? " " + vlanName : "";
                lines.Add($"VLAN {vlan.ToString(CultureInfo.InvariantCulture)}{named}");
            }
            lines.Add(text.ZoneName(zone));
            if (subnet.HostCount > 0) lines.Add(text.Hosts(subnet.HostCount));
            nodes.Add(new DiagramNode(id, NodeKind.Bus, subnet.Prefix.ToString()) { ZoneId = zone.Id, Lines = lines, Color = zone.Color });
            foreach (var member in subnet.Members)
            {
                var device = graph.Device(member.DeviceId);
                if (device is null) continue;
                devices.Add(device.Id);
                string edgeId = $"{device.Id}:{member.Interface}:{member.Address}";
                string interfaceAndAddress = $"{InterfaceNames.Short(member.Interface)} {member.Address}";
                edges.Add(new DiagramEdge(edgeId, device.Id, id) { ToLabel = interfaceAndAddress });
            }
        }
        foreach (var device in devices.Select(id => graph.Device(id)!))
            nodes.Add(new DiagramNode(device.Id, PhysicalView.KindOf(device.Role), device.Label)
            {
                ZoneId = zones.OfDevice(device.Id).Id,
                Lines = new[] { device.Model.Length > 0 ? device.Model : device.Vendor }.Where(l => l.Length > 0).ToArray(),
                Unconfirmed = device.Status is not (PollStatus.Done or PollStatus.Partial),
            });
        return new DiagramGraph("logical", "logical")
        {
            Nodes = nodes,
            Edges = edges,
            Zones = ZoneRows.Zones(nodes.Where(n => n.Kind == NodeKind.Bus).Select(n => n.ZoneId), zones),
        };
    }
}
