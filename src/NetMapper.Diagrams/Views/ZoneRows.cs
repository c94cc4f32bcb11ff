using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>
/// The bands zones are stacked in, outside on top: External and lines, then the DMZ, then the inside zones side by side,
/// then management. Firewalls between bands sit on the boundary between them.
/// </summary>
public static class ZoneRows
{
    public static int RowOf(ZoneTrust trust) => trust switch
    {
        ZoneTrust.External or ZoneTrust.Line => 0,
        ZoneTrust.Dmz => 1,
        ZoneTrust.Internal => 2,
        _ => 3,
    };

    public static DiagramZone[] Zones(IEnumerable<string> zoneIds, ZoneMap zones) =>
        zoneIds.Distinct().Select(id => zones.Policy.Find(id) ?? ZonePolicy.Unassigned)
            .Select(z => new DiagramZone(z, RowOf(z.Trust), zones.Order(z))).OrderBy(z => z.Row).ThenBy(z => z.Order).ToArray();
}
