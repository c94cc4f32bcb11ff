namespace NetMapper.Topology;

/// <summary>Turns what a scan observed into the graph: one device per piece of hardware, links with their evidence,
/// subnets, VLANs, hosts, routes and findings. Pure: no I/O, the same input always gives the same graph.</summary>
public static class TopologyBuilder
{
    public static TopologyGraph Build(IReadOnlyList<DeviceSnapshot> snapshots, IReadOnlyList<Host>? swept = null,
        Func<MacAddress, string>? vendorOf = null, IEnumerable<Finding>? scanFindings = null)
    {
        swept ??= [];
        vendorOf ??= _ => "";
        var merged = DeviceMerger.Merge(snapshots).OrderBy(s => s.Device.Id, StringComparer.Ordinal).ToArray();
        var polled = merged.Select(s => s.Device).ToArray();
        var neighbors = merged.SelectMany(s => s.Neighbors).ToArray();
        var stp = merged.SelectMany(s => s.Stp).ToArray();
        var arp = merged.SelectMany(s => s.Arp).ToArray();
        var fdb = merged.SelectMany(s => s.Fdb).ToArray();

        var resolver = new LinkResolver(polled, stp);
        var seen = resolver.Resolve(neighbors);
        polled = polled.Select(resolver.Described).ToArray();
        // Where LLDP and CDP are off, a point-to-point subnet both ends answer on still tells the cable.
        var links = LinkResolver.InOrder(seen.Concat(PointToPointLinks.Infer(polled, arp, seen)));
        var devices = polled.Concat(resolver.EdgeDevices).ToArray();
        var hosts = HostBuilder.Build(devices, links, arp, fdb, swept, vendorOf);

        return new TopologyGraph
        {
            Devices = devices,
            Links = links,
            Subnets = SubnetBuilder.Build(polled, hosts),
            Vlans = VlansOf(polled),
            Hosts = hosts,
            Routes = merged.SelectMany(s => s.Routes).ToArray(),
            // Devices are polled in parallel: order findings by what they say, so every run lists them alike.
            Findings = FindingRules.Evaluate(polled, arp, swept).Concat(scanFindings ?? [])
                .OrderByDescending(f => f.Severity).ThenBy(f => f.Code, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal).ToArray(),
            Neighbors = neighbors,
            Fdb = fdb,
            Arp = arp,
            Stp = stp,
        };
    }

    private static NetworkVlan[] VlansOf(IEnumerable<Device> devices) =>
        devices.SelectMany(d => d.Vlans.Select(v => (Device: d, Vlan: v))).GroupBy(x => x.Vlan.Id).OrderBy(g => g.Key)
            .Select(g => new NetworkVlan(g.Key)
            {
                Names = g.Select(x => x.Vlan.Name).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray(),
                Devices = g.Select(x => x.Device.Id).Distinct().Order(StringComparer.Ordinal).ToArray(),
                Ports = g.SelectMany(x => VlanPorts(x.Device, x.Vlan)).ToArray(),
            }).ToArray();

    private static IEnumerable<string> VlanPorts(Device device, DeviceVlan vlan) =>
        vlan.UntaggedIfIndexes.Select(i => Port(device, i, false)).Concat(vlan.TaggedIfIndexes.Select(i => Port(device, i, true)));

    private static string Port(Device device, int ifIndex, bool tagged) =>
        $"{device.Label}:{device.PortName(ifIndex)}{(tagged ? " (tagged)" : "")}";
}
