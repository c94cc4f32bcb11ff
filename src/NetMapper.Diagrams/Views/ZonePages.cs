using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>
/// Per-zone pages for large networks: a zone's devices, and as connectors the devices of other zones (and boundary
/// firewalls) they link to, in those zones' containers, filled grey.
/// </summary>
public static class ZonePages
{
    public static IReadOnlyList<(Zone Zone, DiagramGraph Graph)> Split(DiagramGraph physical)
    {
        var pages = new List<(Zone, DiagramGraph)>();
        foreach (var zone in physical.Zones)
        {
            var inZone = physical.Nodes.Where(n => !n.OnBoundary && n.ZoneId == zone.Zone.Id);
            var own = inZone.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var edges = physical.Edges.Where(e => own.Contains(e.From) || own.Contains(e.To)).ToArray();
            var touched = edges.SelectMany(e => new[] { e.From, e.To }).Concat(own).ToHashSet(StringComparer.Ordinal);
            var touchedNodes = physical.Nodes.Where(n => touched.Contains(n.Id));
            // the other zones' devices and the boundary firewalls are drawn as connectors
            var nodes = touchedNodes.Select(n => own.Contains(n.Id) ? n : n with { Connector = true }).ToArray();
            var zoneIds = nodes.Where(n => !n.OnBoundary).Select(n => n.ZoneId).ToHashSet(StringComparer.Ordinal);
            pages.Add((zone.Zone, new DiagramGraph("zones", zone.Zone.Id)
            {
                Nodes = nodes,
                Edges = edges,
                Zones = physical.Zones.Where(z => zoneIds.Contains(z.Zone.Id)).ToArray(),
            }));
        }
        return pages;
    }
}
