namespace NetMapper.Diagrams.Tests;

/// <summary>
/// A logical view of a generated network: a subnet bus per zone, each device on its zone's bus by one address, the
/// routers and firewalls also on the bus of the zones they join (as the logical view draws gateways).
/// </summary>
internal static class SyntheticLogical
{
    public static DiagramGraph Build(DiagramGraph physical)
    {
        var buses = physical.Zones.Select((z, i) => new DiagramNode("bus:" + z.Zone.Id, NodeKind.Bus, $"10.{i}.0.0/24")
        {
            ZoneId = z.Zone.Id, Color = z.Zone.Color, Lines = [z.Zone.Id],
        }).ToArray();
        var edges = new List<DiagramEdge>();
        foreach (var (device, i) in physical.Nodes.Select((n, i) => (n, i)))
        {
            string bus = "bus:" + device.ZoneId;
            edges.Add(new DiagramEdge($"{device.Id}~{device.ZoneId}", device.Id, bus) { ToLabel = $"10.0.0.{i % 250}" });
            var joined = physical.Edges.Where(e => e.From == device.Id && !e.Management)
                .Select(e => physical.Nodes.Single(n => n.Id == e.To).ZoneId).Where(z => z != device.ZoneId).Distinct();
            if (device.Kind is NodeKind.Router or NodeKind.Firewall)
                edges.AddRange(joined.Select(z => new DiagramEdge($"{device.Id}~{z}", device.Id, "bus:" + z) { ToLabel = "gateway" }));
        }
        return new DiagramGraph("logical", physical.PageName + "-logical")
        {
            Nodes = physical.Nodes.Concat(buses).ToArray(), Edges = edges, Zones = physical.Zones,
        };
    }
}
