using System.Net;
using System.Net.Sockets;

namespace NetMapper.Topology;

/// <summary>
/// Routed links where LLDP and CDP are off (a firewall that speaks neither): two polled devices with addresses on one
/// point-to-point subnet (<see cref="IpPrefix.IsPointToPoint"/>) that found each other there. The rule:
/// <list type="bullet">
/// <item>exactly two devices have an address on the subnet: with a third (or a transit prefix reused elsewhere)
/// which two share the cable is a guess;</item>
/// <item>each one's ARP/neighbour table holds the other's address there; or one table does, with a MAC of the other
/// device's own hardware: a stale entry or a proxy-ARP answer would carry another MAC, so that one sighting shows the
/// other device itself answered on the subnet (its own table may be unreadable, as on many firewalls);</item>
/// <item>no LLDP/CDP link already joins the two devices or ends at either port: what a discovery protocol saw on a
/// port tells its cable better than an address plan, and a routed VLAN interface rides a cable already drawn.</item>
/// </list>
/// Such a link has low confidence and its evidence starts with <see cref="Evidence"/>.
/// </summary>
internal static class PointToPointLinks
{
    public const string Evidence = "shared point-to-point subnet";

    /// <summary>One device's address on a point-to-point subnet.</summary>
    private sealed record End(Device Device, InterfaceAddress Address)
    {
        public string Port => Device.PortName(Address.IfIndex);
        public string Id => Device.Id;
    }

    public static IReadOnlyList<Link> Infer(IReadOnlyList<Device> devices, IReadOnlyList<ArpEntry> arp, IReadOnlyList<Link> known)
    {
        var tables = arp.ToLookup(e => (e.DeviceId, e.Address), e => e.Mac);
        var links = new List<Link>();
        foreach (var (a, b) in Pairs(devices))
        {
            if (known.Any(link => Joins(link, a, b))) continue;
            if (Sighting(a, b, tables) is { } how) links.Add(ToLink(a, b, how));
        }
        return links;
    }

    /// <summary>Point-to-point subnets with exactly two devices on them, the lower device id first.</summary>
    private static IEnumerable<(End A, End B)> Pairs(IEnumerable<Device> devices) =>
        devices.SelectMany(d => d.Addresses.Where(a => a.IsOnSubnet && a.Prefix.IsPointToPoint).Select(a => new End(d, a)))
            .DistinctBy(e => (e.Id, e.Address.Address))
            .GroupBy(e => e.Address.Prefix)
            .Select(g => g.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray())
            .Where(ends => ends.Length == 2 && ends[0].Id != ends[1].Id && !ends[0].Address.Address.Equals(ends[1].Address.Address))
            .Select(ends => (ends[0], ends[1]));

    /// <summary>Whether a link already joins the two devices, or ends at either port.</summary>
    private static bool Joins(Link link, End a, End b) =>
        (link.A.Device, link.B.Device) == (a.Id, b.Id) || (link.A.Device, link.B.Device) == (b.Id, a.Id)
        || EndsAt(link.A, a) || EndsAt(link.B, a) || EndsAt(link.A, b) || EndsAt(link.B, b);

    private static bool EndsAt(LinkEnd end, End port) =>
        end.Device == port.Id && (end.IfIndex == port.Address.IfIndex || InterfaceNames.Equivalent(end.Port, port.Port));

    /// <summary>How the two ends found each other, for the evidence; null when they did not.</summary>
    private static string? Sighting(End a, End b, ILookup<(string, IPAddress), MacAddress> tables)
    {
        var aHeard = tables[(a.Id, b.Address.Address)].ToArray();
        var bHeard = tables[(b.Id, a.Address.Address)].ToArray();
        string table = a.Address.Address.AddressFamily == AddressFamily.InterNetworkV6 ? "neighbour table" : "ARP table";
        if (aHeard.Length > 0 && bHeard.Length > 0) return $"each has the other in its {table}";
        if (OwnMac(b.Device, aHeard) is { } macOfB) return $"{a.Device.Label} has {b.Address.Address} at {macOfB} in its {table}";
        if (OwnMac(a.Device, bHeard) is { } macOfA) return $"{b.Device.Label} has {a.Address.Address} at {macOfA} in its {table}";
        return null;
    }

    /// <summary>The first of the MACs that belongs to the device's own hardware (an interface or its chassis).</summary>
    private static MacAddress? OwnMac(Device device, IEnumerable<MacAddress> heard)
    {
        var own = HardwareKeys.InterfaceMacs(device.Interfaces).ToHashSet();
        if (MacAddress.TryParse(device.ChassisId, out var chassis) && !chassis.IsZero) own.Add(chassis);
        return heard.Where(own.Contains).Cast<MacAddress?>().FirstOrDefault();
    }

    private static Link ToLink(End a, End b, string how)
    {
        var prefix = a.Address.Prefix;
        var ends = $"{a.Device.Label} {a.Port} {a.Address.Address} and {b.Device.Label} {b.Port} {b.Address.Address}";
        return new Link(LinkEnd(a), LinkEnd(b))
        {
            Protocols = ["arp"],
            Confidence = LinkConfidence.Low,
            Evidence = [$"{Evidence} {prefix}: {ends}; {how}"],
        };
    }

    private static LinkEnd LinkEnd(End end) => new(end.Id, end.Port) { IfIndex = end.Device.Interface(end.Address.IfIndex)?.IfIndex };
}
