using System.Net;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>A line to the outside: a polled device's interface, the outside next hop it routes through, and where to.</summary>
public sealed record CarrierLine(string DeviceId, string Port, IPAddress NextHop, IReadOnlyList<IpPrefix> Destinations)
{
    /// <summary>The lowest route metric of the line's destinations.</summary>
    public int Metric { get; init; }
    /// <summary>The device at the far end when the scan knows it (a CDP/LLDP neighbour holding the next hop), else null.</summary>
    public string? FarDevice { get; init; }
    /// <summary>The interface's description (ifAlias): often the carrier's or the circuit's name.</summary>
    public string Description { get; init; } = "";
}

/// <summary>An outside destination (the Internet, an exchange's network) and the lines that reach it, the backups marked.</summary>
public sealed record CarrierCloud(IpPrefix Destination, Zone Zone, IReadOnlyList<(CarrierLine Line, bool Backup)> Lines)
{
    public bool IsInternet => Destination.Length == 0;
}

/// <summary>
/// The lines to the outside, from what discovery knows (the routing tables and the zone policy): a route of a polled device
/// whose next hop is an address no scanned device has and that lies in a zone of trust external or line is a line to the
/// outside; one cloud per destination it routes. Of the lines to one cloud, those with the lowest metric are primary,
/// the others backup; at equal metric, a line that also carries other clouds' traffic (one line backing up several
/// dedicated ones) is the backup. Lines the tables do not tell apart are all primary: nothing is invented.
/// </summary>
public static class CarrierLines
{
    public static IReadOnlyList<CarrierCloud> Find(TopologyGraph graph, ZoneMap zones)
    {
        var ours = graph.Devices.Where(d => d.Status is PollStatus.Done or PollStatus.Partial)
            .SelectMany(d => d.Addresses.Select(a => a.Address)).ToHashSet();
        bool Outside(IPAddress hop) => !ours.Contains(hop) && zones.OfAddress(hop).Trust is ZoneTrust.External or ZoneTrust.Line;
        var outward = graph.Routes.Where(r => r.NextHop is { } hop && Outside(hop) && graph.Device(r.DeviceId) is not null);
        var lines = outward.GroupBy(r => (r.DeviceId, r.IfIndex, Hop: r.NextHop!.ToString()))
            .Select(g => Line(graph, g.ToArray()))
            .OrderBy(l => l.DeviceId, StringComparer.Ordinal).ThenBy(l => l.Port, StringComparer.Ordinal).ToArray();
        var destinations = lines.SelectMany(l => l.Destinations).Distinct()
            .OrderBy(d => d.Length).ThenBy(d => d.ToString(), StringComparer.Ordinal);
        return destinations.Select(d => Cloud(d, lines.Where(l => l.Destinations.Contains(d)).ToArray(), zones)).ToArray();
    }

    private static CarrierLine Line(TopologyGraph graph, RouteEntry[] routes)
    {
        var device = graph.Device(routes[0].DeviceId)!;
        var hop = routes[0].NextHop!;
        var port = device.Interface(routes[0].IfIndex);
        var far = graph.Devices.FirstOrDefault(d => d.Addresses.Any(a => a.Address.Equals(hop))
            || d.ManagementAddresses.Contains(hop.ToString()));
        return new CarrierLine(device.Id, port?.Name ?? "", hop, routes.Select(r => r.Destination).Distinct().ToArray())
        {
            Metric = routes.Min(r => r.Metric), FarDevice = far?.Id, Description = port?.Alias ?? "",
        };
    }

    private static CarrierCloud Cloud(IpPrefix destination, CarrierLine[] lines, ZoneMap zones)
    {
        var best = lines.Select(Preference).Min();
        var zone = destination.Length == 0 ? zones.OfAddress(lines[0].NextHop) : zones.OfSubnet(destination);
        return new CarrierCloud(destination, zone, lines.Select(l => (l, Preference(l) != best)).ToArray());
    }

    /// <summary>Lower is preferred: the route's metric, then how few destinations share the line.</summary>
    private static (int Metric, int Shared) Preference(CarrierLine line) => (line.Metric, line.Destinations.Count);
}
