using System.Net;
using NetMapper.Topology;

namespace NetMapper.Zones;

/// <summary>
/// Which zone each subnet, VLAN, device and host of a scan is in, by a zone policy. Subnets go by the most specific CIDR
/// rule, then their VLAN's number, then its name, then public address space; VLANs by number, name, then their subnets;
/// devices by name pattern, then by the subnets of their addresses and the VLANs they carry.
/// </summary>
public sealed class ZoneMap
{
    // VLAN 1 and Cisco's 1002-1005 exist on every switch whether used or not: they say nothing about zones.
    private static readonly HashSet<int> DefaultVlans = [1, 1002, 1003, 1004, 1005];
    private static readonly IpPrefix[] NonPublic = new[]
    {
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.168.0.0/16", "224.0.0.0/3", "fc00::/7", "fe80::/10", "::1/128",
    }.Select(IpPrefix.Parse).ToArray();

    private readonly TopologyGraph _graph;
    private readonly Dictionary<IpPrefix, IReadOnlyList<Zone>> _subnets = [];
    private readonly Dictionary<int, IReadOnlyList<Zone>> _vlans = [];
    private readonly Dictionary<string, IReadOnlyList<Zone>> _devices = new(StringComparer.Ordinal);

    public ZoneMap(TopologyGraph graph, ZonePolicy policy)
    {
        _graph = graph;
        Policy = policy;
        foreach (var subnet in graph.Subnets) _subnets[subnet.Prefix] = MatchSubnet(subnet.Prefix, subnet.Vlan);
        foreach (var vlan in graph.Vlans) _vlans[vlan.Id] = MatchVlan(vlan);
        foreach (var device in graph.Devices) _devices[device.Id] = MatchDevice(device);
        foreach (var device in graph.Devices.Where(KnownOnlyByManagementAddress))
            _devices[device.Id] = WhereCabled(device) ?? _devices[device.Id];
    }

    public ZonePolicy Policy { get; }

    /// <summary>Every zone a subnet matched: none (unassigned) or more than one (a conflict) are findings.</summary>
    public IReadOnlyList<Zone> SubnetMatches(IpPrefix prefix) => _subnets.GetValueOrDefault(prefix) ?? MatchSubnet(prefix, null);
    public IReadOnlyList<Zone> VlanMatches(int vlan) => _vlans.GetValueOrDefault(vlan) ?? [];
    /// <summary>The zones a device has a foot in (its data plane: management only when it has nothing else).</summary>
    public IReadOnlyList<Zone> DeviceZones(string deviceId) => _devices.GetValueOrDefault(deviceId) ?? [];

    public Zone OfSubnet(IpPrefix prefix) => First(SubnetMatches(prefix));
    public Zone OfVlan(int vlan) => First(VlanMatches(vlan));
    public Zone OfAddress(IPAddress address)
    {
        var mostSpecific = _graph.Subnets.Where(s => s.Prefix.Contains(address)).OrderByDescending(s => s.Prefix.Length).FirstOrDefault();
        return mostSpecific is not null ? OfSubnet(mostSpecific.Prefix) : First(MatchSubnet(IpPrefix.Host(address), null));
    }

    /// <summary>The one zone a device is drawn in: its name rule, else the most trusted zone it touches, first in policy order.</summary>
    public Zone OfDevice(string deviceId) =>
        DeviceZones(deviceId).OrderByDescending(z => Rank(z.Trust)).ThenBy(Order).FirstOrDefault() ?? ZonePolicy.Unassigned;

    public Zone OfHost(Host host) => host switch
    {
        { Address: { } address } => OfAddress(address),
        { Vlan: int vlan } => OfVlan(vlan),
        _ => ZonePolicy.Unassigned,
    };

    public static bool IsDefaultVlan(int vlan) => DefaultVlans.Contains(vlan);

    /// <summary>What the policy says of a segment: the entry of the most specific subnet holding it, else of its VLAN.</summary>
    public SegmentPurpose? SegmentOf(IpPrefix prefix, int? vlan)
    {
        var segments = Policy.Zones.SelectMany(z => z.Segments).ToArray();
        var bySubnet = segments.Where(s => s.Subnet is { } p && p.Contains(prefix)).MaxBy(s => s.Subnet!.Value.Length);
        return bySubnet ?? (vlan is int id ? segments.FirstOrDefault(s => s.Vlan == id) : null);
    }

    /// <summary>Trust as an order: the higher, the more inside.</summary>
    public static int Rank(ZoneTrust trust) => trust switch
    {
        ZoneTrust.External => 0, ZoneTrust.Line => 1, ZoneTrust.Dmz => 2, ZoneTrust.Internal => 3, _ => 4,
    };

    /// <summary>A zone's place in the policy (the order diagrams stack zones in); unassigned comes last.</summary>
    public int Order(Zone zone) => Policy.Zones.ToList().IndexOf(zone) is int i and >= 0 ? i : int.MaxValue;
    private Zone First(IReadOnlyList<Zone> zones) => zones.OrderBy(Order).FirstOrDefault() ?? ZonePolicy.Unassigned;

    private Zone[] MatchSubnet(IpPrefix prefix, int? vlan)
    {
        var byCidr = Policy.Zones.SelectMany(z => z.Subnets.Where(s => s.Contains(prefix)).Select(s => (Zone: z, s.Length))).ToArray();
        if (byCidr.Length > 0)
        {
            int longest = byCidr.Max(x => x.Length);
            return byCidr.Where(x => x.Length == longest).Select(x => x.Zone).Distinct().ToArray();
        }
        if (vlan is int id && !IsDefaultVlan(id))
        {
            var byVlan = MatchVlanRules(id);
            if (byVlan.Length > 0) return byVlan;
        }
        return IsPublic(prefix) ? Policy.Zones.Where(z => z.MatchesPublic).ToArray() : [];
    }

    private Zone[] MatchVlan(NetworkVlan vlan)
    {
        var byRule = MatchVlanRules(vlan.Id);
        if (byRule.Length > 0) return byRule;
        return _graph.Subnets.Where(s => s.Vlan == vlan.Id).SelectMany(s => _subnets[s.Prefix]).Distinct().ToArray();
    }

    private Zone[] MatchVlanRules(int id)
    {
        var byNumber = Policy.Zones.Where(z => z.Vlans.Contains(id)).ToArray();
        if (byNumber.Length > 0) return byNumber;
        var names = _graph.Vlans.FirstOrDefault(v => v.Id == id)?.Names ?? [];
        return Policy.Zones.Where(z => z.VlanNames.Any(p => names.Any(n => p.IsMatch(n)))).ToArray();
    }

    private Zone[] MatchDevice(Device device)
    {
        var byName = Policy.Zones.Where(z => device.Name.Length > 0 && z.DevicePatterns.Any(p => p.IsMatch(device.Name))).ToArray();
        if (byName.Length > 0) return byName.Take(1).ToArray();
        var touched = device.Addresses.Select(a => OfAddress(a.Address))
            .Concat(device.Vlans.Where(v => !IsDefaultVlan(v.Id)).Select(v => OfVlan(v.Id)))
            .Concat(ManagementAddressZones(device))
            .Where(z => z != ZonePolicy.Unassigned).Distinct().ToArray();
        var data = touched.Where(z => z.Trust != ZoneTrust.Management).ToArray();
        return data.Length > 0 ? data : touched;
    }

    /// <summary>The zones of a device's management addresses, counted only when it reported no addresses and no VLANs.</summary>
    private IEnumerable<Zone> ManagementAddressZones(Device device) => device.Addresses.Count == 0 && device.Vlans.Count == 0
        ? device.ManagementAddresses.Select(a => OfAddress(IPAddress.Parse(a)))
        : [];

    /// <summary>A device that told nothing of its data plane (it did not answer, or nobody polled it) and whose management
    /// address put it in the management zone.</summary>
    private bool KnownOnlyByManagementAddress(Device device) =>
        device.Addresses.Count == 0 && device.Vlans.All(v => IsDefaultVlan(v.Id))
        && _devices[device.Id].All(z => z.Trust == ZoneTrust.Management)
        && !Policy.Zones.Any(z => device.Name.Length > 0 && z.DevicePatterns.Any(p => p.IsMatch(device.Name)));

    /// <summary>Such a device is in the zone of the devices it is cabled to, when they agree on one (an access switch that
    /// does not answer SNMP hangs off its distribution switch); otherwise it stays where its address put it.</summary>
    private Zone[]? WhereCabled(Device device)
    {
        var cabledTo = _graph.Links.Where(l => l.A.Device == device.Id || l.B.Device == device.Id)
            .Select(l => l.A.Device == device.Id ? l.B.Device : l.A.Device);
        var zones = cabledTo.Select(OfDevice)
            .Where(z => z.Trust != ZoneTrust.Management && z != ZonePolicy.Unassigned).Distinct().ToArray();
        return zones.Length == 1 ? zones : null;
    }

    private static bool IsPublic(IpPrefix prefix) => !NonPublic.Any(p => p.Contains(prefix.Network));
}
