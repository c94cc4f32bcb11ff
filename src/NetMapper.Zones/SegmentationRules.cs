using NetMapper.Topology;

namespace NetMapper.Zones;

/// <summary>
/// Article 5 checks on a scan by zone: subnets and VLANs in no zone or in two; devices other than firewalls with addresses
/// in two zones; VLANs of a less trusted zone carried on a switch of a more trusted one; and paths from a less trusted
/// zone (External, lines, DMZ) into an inside zone that pass no firewall. Each finding names devices, ports and subnets;
/// its last device is the one where the trouble is (the device entered, or the device itself). Messages are in English,
/// or in Traditional Chinese for language "zh-TW" (with the zones' Chinese names).
/// </summary>
public static class SegmentationRules
{
    public static IReadOnlyList<Finding> Evaluate(TopologyGraph graph, ZoneMap zones, string language = "en")
    {
        var say = new ZoneFindingText(language);
        return [.. Unzoned(graph, zones, say), .. MultiHomed(graph, zones, say), .. VlanCrossings(graph, zones, say),
            .. UnfilteredPaths(graph, zones, say)];
    }

    private static IEnumerable<Finding> Unzoned(TopologyGraph graph, ZoneMap zones, ZoneFindingText say)
    {
        foreach (var subnet in graph.Subnets)
        {
            var matches = zones.SubnetMatches(subnet.Prefix);
            string members = string.Join(", ", subnet.Members.Select(m => $"{graph.LabelOf(m.DeviceId)} {m.Interface}"));
            string[] devices = subnet.Members.Select(m => m.DeviceId).Distinct().ToArray();
            if (matches.Count == 0)
                yield return new Finding("zone-unassigned", FindingSeverity.Warning, say[
                    $"subnet {subnet.Prefix} ({members}) is in no zone: add it to the zone policy",
                    $"網段 {subnet.Prefix}（{members}）不屬於任何區域：請加入區域政策"]) { Devices = devices };
            else if (matches.Count > 1)
                yield return new Finding("zone-conflict", FindingSeverity.Problem, say[
                    $"subnet {subnet.Prefix} ({members}) matches zones {say.Names(matches)} equally",
                    $"網段 {subnet.Prefix}（{members}）同時符合區域 {say.Names(matches)}"]) { Devices = devices };
        }
        foreach (var vlan in graph.Vlans.Where(v => !ZoneMap.IsDefaultVlan(v.Id)))
        {
            var matches = zones.VlanMatches(vlan.Id);
            string name = say.VlanLabel(vlan);
            if (matches.Count == 0)
                yield return new Finding("zone-unassigned", FindingSeverity.Warning, say[
                    $"VLAN {name} is in no zone: add it to the zone policy", $"VLAN {name} 不屬於任何區域：請加入區域政策"])
                    { Devices = vlan.Devices };
            else if (matches.Count > 1)
                yield return new Finding("zone-conflict", FindingSeverity.Problem, say[
                    $"VLAN {name} matches zones {say.Names(matches)}", $"VLAN {name} 同時符合區域 {say.Names(matches)}"])
                    { Devices = vlan.Devices };
        }
    }

    /// <summary>Addresses in two zones make a device a path between them; only a firewall should be one.</summary>
    private static IEnumerable<Finding> MultiHomed(TopologyGraph graph, ZoneMap zones, ZoneFindingText say)
    {
        foreach (var device in graph.Devices.Where(d => d.Role != DeviceRole.Firewall))
        {
            var legs = device.Addresses.Where(a => a.IsOnSubnet)
                .Select(a => (Address: a, Zone: zones.OfAddress(a.Address)))
                .Where(x => x.Zone.Trust != ZoneTrust.Management && x.Zone != ZonePolicy.Unassigned)
                .GroupBy(x => x.Zone).OrderBy(g => zones.Order(g.Key)).ToArray();
            if (legs.Length < 2) continue;
            var described = legs.Select(g => say.Bracketed(say.Name(g.Key), PortsAndAddresses(device, g.Select(x => x.Address))));
            string each = string.Join(say["; ", "；"], described);
            string who = $"{device.Label} ({Spelling.Of(device.Role)})";
            yield return new Finding("zone-multihomed", FindingSeverity.Problem, say[
                $"{who} has addresses in {legs.Length} zones but is not a firewall: {each}",
                $"{device.Label} 不是防火牆，卻在 {legs.Length} 個區域都有位址：{each}"]) { Devices = [device.Id] };
        }
    }

    private static string PortsAndAddresses(Device device, IEnumerable<InterfaceAddress> addresses) =>
        string.Join(", ", addresses.Select(a => $"{device.PortName(a.IfIndex)} {a.Address}/{a.PrefixLength}"));

    /// <summary>
    /// A switch that carries a less trusted zone's VLAN next to VLANs of an inside zone extends that zone past its firewall.
    /// </summary>
    private static IEnumerable<Finding> VlanCrossings(TopologyGraph graph, ZoneMap zones, ZoneFindingText say)
    {
        foreach (var device in graph.Devices.Where(d => d.Role != DeviceRole.Firewall && d.Vlans.Count > 0))
        {
            var carried = device.Vlans.Where(v => !ZoneMap.IsDefaultVlan(v.Id)).Select(v => (Vlan: v, Zone: zones.OfVlan(v.Id)))
                .Where(x => x.Zone.Trust != ZoneTrust.Management && x.Zone != ZonePolicy.Unassigned).ToArray();
            if (carried.Length == 0) continue;
            int inside = carried.Max(x => ZoneMap.Rank(x.Zone.Trust));
            var outsiders = carried.Where(x => ZoneMap.Rank(x.Zone.Trust) < inside).ToArray();
            if (outsiders.Length == 0) continue;
            var insideZones = carried.Where(x => ZoneMap.Rank(x.Zone.Trust) == inside).Select(x => x.Zone).Distinct();
            foreach (var (vlan, zone) in outsiders)
            {
                var ports = string.Join(", ", vlan.UntaggedIfIndexes.Concat(vlan.TaggedIfIndexes).Distinct().Select(device.PortName));
                string named = vlan.Name.Length > 0 ? say.Bracketed($"VLAN {vlan.Id}", vlan.Name) : $"VLAN {vlan.Id}";
                string outside = say.Name(zone), insiders = say.Names(insideZones);
                yield return new Finding("zone-vlan-crossing", FindingSeverity.Problem, say[
                    $"{device.Label} carries {named} of zone {outside} on {ports} alongside VLANs of {insiders}: "
                        + $"the {outside} zone reaches inside without a firewall",
                    $"{device.Label} 在 {ports} 承載{outside}的 {named}，也承載{insiders}的 VLAN："
                        + $"{outside}未經防火牆即可進入內部"])
                    { Devices = [device.Id] };
            }
        }
    }

    /// <summary>From every device of a less trusted zone, the links it can follow without passing a firewall; the first step into
    /// an inside zone is reported once, with the path that found it. Management links (out-of-band ports) do not carry traffic.</summary>
    private static IEnumerable<Finding> UnfilteredPaths(TopologyGraph graph, ZoneMap zones, ZoneFindingText say)
    {
        var byId = graph.Devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var adjacent = graph.Links.Where(l => !IsManagement(l, byId, zones))
            .SelectMany(l => new[] { (From: l.A, To: l.B), (From: l.B, To: l.A) })
            .Where(e => byId.ContainsKey(e.From.Device) && byId.ContainsKey(e.To.Device))
            .ToLookup(e => e.From.Device, StringComparer.Ordinal);
        bool IsInside(Device d) => zones.DeviceZones(d.Id).Any(z => z.Trust == ZoneTrust.Internal);
        var reported = new HashSet<(string, string, string)>();
        foreach (var source in graph.Devices.Where(d => d.Role != DeviceRole.Firewall).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var zone = zones.OfDevice(source.Id);
            if (zone.Trust is not (ZoneTrust.External or ZoneTrust.Line or ZoneTrust.Dmz)) continue;
            var path = new Dictionary<string, (LinkEnd From, LinkEnd To)?>(StringComparer.Ordinal) { [source.Id] = null };
            var queue = new Queue<Device>([source]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                foreach (var (from, to) in adjacent[at.Id])
                {
                    var next = byId[to.Device];
                    if (path.ContainsKey(next.Id) || next.Role == DeviceRole.Firewall) continue;
                    path[next.Id] = (from, to);
                    if (IsInside(next) && !IsInside(at))
                    {
                        var target = zones.OfDevice(next.Id);
                        if (reported.Add((zone.Id, target.Id, $"{from.Device}|{from.Port}")))
                        {
                            string walked = Walk(path, next.Id, byId);
                            var involved = new[] { source.Id, at.Id, next.Id }.Distinct().ToArray();
                            string origin = say.Name(zone), into = say.Name(target);
                            yield return new Finding("zone-unfiltered-path", FindingSeverity.Problem, say[
                                $"{origin} reaches {into} without a firewall: {walked}",
                                $"{origin}未經防火牆即可到達{into}：{walked}"])
                                { Devices = involved };
                        }
                        continue;
                    }
                    if (!IsInside(next)) queue.Enqueue(next);
                }
            }
        }
    }

    /// <summary>A link to or from a management-zone device or port: out-of-band, not a path for traffic.</summary>
    private static bool IsManagement(Link link, Dictionary<string, Device> byId, ZoneMap zones)
    {
        bool End(LinkEnd end)
        {
            if (!byId.TryGetValue(end.Device, out var device)) return false;
            if (zones.OfDevice(device.Id).Trust == ZoneTrust.Management) return true;
            if (end.IfIndex is not int ifIndex) return false;
            var addresses = device.Addresses.Where(a => a.IfIndex == ifIndex).ToArray();
            if (addresses.Length > 0) return addresses.All(a => zones.OfAddress(a.Address).Trust == ZoneTrust.Management);
            var onPort = device.Vlans.Where(v => v.UntaggedIfIndexes.Contains(ifIndex) || v.TaggedIfIndexes.Contains(ifIndex));
            var vlans = onPort.Where(v => !ZoneMap.IsDefaultVlan(v.Id)).ToArray();
            return vlans.Length > 0 && vlans.All(v => zones.OfVlan(v.Id).Trust == ZoneTrust.Management);
        }
        return End(link.A) || End(link.B);
    }

    private static string Walk(Dictionary<string, (LinkEnd From, LinkEnd To)?> path, string last, Dictionary<string, Device> byId)
    {
        var hops = new List<string>();
        for (var step = path[last]; step is { } s; step = path[s.From.Device])
            hops.Add($"{byId[s.From.Device].Label} {s.From.Port} — {byId[s.To.Device].Label} {s.To.Port}");
        hops.Reverse();
        return string.Join(", ", hops);
    }

}
