using System.Globalization;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>
/// The physical view: every device with its role, name, management address and model; cables with port names and
/// speed, a LAG as one line; end hosts as one group per device and zone; devices in their zone, firewalls between
/// zones of different trust on the boundary.
/// </summary>
public static class PhysicalView
{
    public static DiagramGraph Build(TopologyGraph graph, ZoneMap zones, ILifecycleMarks lifecycle, DiagramText text)
    {
        var nodes = graph.Devices.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => DeviceNode(d, zones, lifecycle)).ToList();
        var edges = Cables(graph).ToList();
        var attachedHosts = graph.Hosts.Where(h => h.Device is not null && graph.Device(h.Device) is not null);
        var hostGroups = attachedHosts.GroupBy(h => (Device: h.Device!, Zone: zones.OfHost(h).Id))
            .OrderBy(g => g.Key.Device, StringComparer.Ordinal).ThenBy(g => g.Key.Zone, StringComparer.Ordinal);
        foreach (var group in hostGroups)
        {
            string id = $"hosts:{group.Key.Device}:{group.Key.Zone}";
            var addresses = group.Where(h => h.Address is not null).Select(h => h.Address!).OrderBy(a => a, IpAddressing.Order).ToArray();
            nodes.Add(new DiagramNode(id, NodeKind.HostGroup, text.Hosts(group.Count()))
            {
                ZoneId = group.Key.Zone,
                Lines = addresses.Length switch { 0 => [], 1 => [addresses[0].ToString()], _ => [$"{addresses[0]} – {addresses[^1]}"] },
            });
            var vlans = group.Select(h => h.Vlan).OfType<int>().Distinct().ToArray();
            var ports = group.Select(h => h.Port).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
            edges.Add(new DiagramEdge(id, group.Key.Device, id)
            {
                FromLabel = Ports(ports),
                Vlan = vlans.Length == 1 ? vlans[0] : null,
            });
        }
        var (clouds, carrierLines) = CarrierDrawing.Build(graph, zones, text);
        nodes.AddRange(clouds);
        edges.AddRange(carrierLines);
        bool InManagementZone(DiagramNode n) => !n.OnBoundary && zones.Policy.Find(n.ZoneId)?.Trust == ZoneTrust.Management;
        var management = nodes.Where(InManagementZone).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        // a line with one end in the management zone and the other outside it is a management line
        bool IsManagementLine(DiagramEdge e) => management.Contains(e.From) != management.Contains(e.To);
        return new DiagramGraph("physical", "physical")
        {
            Nodes = nodes,
            Edges = edges.Select(e => IsManagementLine(e) ? e with { Management = true } : e).ToArray(),
            Zones = ZoneRows.Zones(nodes.Where(n => !n.OnBoundary).Select(n => n.ZoneId), zones),
        };
    }

    private static DiagramNode DeviceNode(Device d, ZoneMap zones, ILifecycleMarks lifecycle)
    {
        var nonManagementZones = zones.DeviceZones(d.Id).Where(z => z.Trust != ZoneTrust.Management);
        var rows = nonManagementZones.Select(z => ZoneRows.RowOf(z.Trust)).Distinct().Count();
        string model = d.Model.Length > 0 ? d.Model : d.Vendor;
        var mark = lifecycle.MarkOf(d);
        // The date is printed in the box too: a badge's tooltip does not survive printing.
        return new DiagramNode(d.Id, KindOf(d.Role), d.Label)
        {
            ZoneId = zones.OfDevice(d.Id).Id,
            Lines = new[] { d.ManagementAddresses.FirstOrDefault() ?? "", model, mark?.Text ?? "" }.Where(l => l.Length > 0).ToArray(),
            OnBoundary = d.Role == DeviceRole.Firewall && rows > 1,
            Unconfirmed = d.Status is not (PollStatus.Done or PollStatus.Partial),
            Lifecycle = mark,
        };
    }

    public static NodeKind KindOf(DeviceRole role) => role switch
    {
        DeviceRole.Firewall => NodeKind.Firewall,
        DeviceRole.Router => NodeKind.Router,
        DeviceRole.L3Switch => NodeKind.L3Switch,
        DeviceRole.Switch => NodeKind.Switch,
        DeviceRole.WirelessController => NodeKind.WirelessController,
        DeviceRole.AccessPoint => NodeKind.AccessPoint,
        DeviceRole.LoadBalancer => NodeKind.LoadBalancer,
        DeviceRole.Server or DeviceRole.Host => NodeKind.Server,
        _ => NodeKind.Unknown,
    };

    /// <summary>The id of the line a link is drawn as: its LAG's name, or both ends of the cable.</summary>
    public static string EdgeId(Link link) => link.AggregateName() ?? $"{link.A.Device}:{link.A.Port}~{link.B.Device}:{link.B.Port}";

    /// <summary>One line per cable, except the members of a LAG, which share one line.</summary>
    private static IEnumerable<DiagramEdge> Cables(TopologyGraph graph)
    {
        foreach (var link in graph.Links.Where(l => l.Aggregate is null))
        {
            var (access, trunk) = LinkVlans.Of(graph, link);
            yield return new DiagramEdge(EdgeId(link), link.A.Device, link.B.Device)
            {
                FromLabel = InterfaceNames.Short(link.A.Port), ToLabel = InterfaceNames.Short(link.B.Port), Label = Speed(graph, link.A),
                Backup = link.Backup, Inferred = link.Confidence == LinkConfidence.Low, Vlan = access, TrunkVlans = trunk,
            };
        }
        var lags = graph.Links.Where(l => l.Aggregate is not null).GroupBy(l => (l.A.Device, l.B.Device, l.Aggregate));
        foreach (var lag in lags.OrderBy(g => g.First().AggregateName(), StringComparer.Ordinal))
        {
            var first = lag.First();
            var aggregate = first.Aggregate!;
            var (access, trunk) = LinkVlans.Of(graph, first);
            string speed = Speed(graph, first.A);
            yield return new DiagramEdge(first.AggregateName()!, first.A.Device, first.B.Device)
            {
                FromLabel = InterfaceNames.Short(aggregate.A), ToLabel = InterfaceNames.Short(aggregate.B),
                Label = speed.Length > 0 ? $"{lag.Count()}×{speed}" : "", Members = lag.Count(),
                Backup = lag.All(l => l.Backup), Vlan = access, TrunkVlans = trunk,
            };
        }
    }

    /// <summary>The ports a host group hangs off: the first one, and how many more.</summary>
    private static string Ports(string[] ports) => ports.Length switch
    {
        0 => "", 1 => InterfaceNames.Short(ports[0]), _ => $"{InterfaceNames.Short(ports[0])} +{ports.Length - 1}",
    };

    private static string Speed(TopologyGraph graph, LinkEnd end)
    {
        ulong bps = end.IfIndex is int i ? graph.Device(end.Device)?.Interface(i)?.SpeedBps ?? 0 : 0;
        return bps switch
        {
            0 => "",
            >= 1_000_000_000 => $"{(bps / 1e9).ToString("0.#", CultureInfo.InvariantCulture)}G",
            _ => $"{(bps / 1e6).ToString("0", CultureInfo.InvariantCulture)}M",
        };
    }
}
