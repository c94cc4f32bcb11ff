using NetMapper.Lifecycle.Plan;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Application.Planning;

/// <summary>The zone of each device as the plan's priority sees it: lines, External, DMZ and Production come first.</summary>
internal static class PlanZones
{
    public static Func<Device, PlanZone> Of(ZoneMap zones, string language) => device =>
    {
        var zone = zones.OfDevice(device.Id);
        bool critical = zone.Trust is ZoneTrust.External or ZoneTrust.Line or ZoneTrust.Dmz
            || zone.Id.Equals("production", StringComparison.OrdinalIgnoreCase);
        return new PlanZone(zone.Id, zone.Name(language), critical);
    };
}
