namespace NetMapper.Topology;

/// <summary>
/// The one place links are decided. Every LLDP/CDP observation becomes a half-link from a polled port to a device
/// (polled, or an edge node made from what the neighbour announced) and port; halves that describe the same cable
/// join into one link, with high confidence when both ends saw each other.
/// </summary>
internal sealed class LinkResolver(IReadOnlyList<Device> devices, IReadOnlyList<StpPortState> stp)
{
    private readonly DeviceIndex _index = new(devices);
    private readonly Dictionary<string, Device> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _edgeByAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NeighborObservation>> _announced = new(StringComparer.Ordinal);

    public IReadOnlyList<Device> EdgeDevices => _edges.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Polled devices that never answered, named and described from what their neighbours heard them announce.</summary>
    public Device Described(Device device)
    {
        if (device.Name.Length > 0 || !_announced.TryGetValue(device.Id, out var heard)) return device;
        string First(Func<NeighborObservation, string> field) => heard.Select(field).FirstOrDefault(v => v.Length > 0) ?? "";
        return device with
        {
            Name = First(o => o.RemoteSysName),
            SysDescr = device.SysDescr.Length > 0 ? device.SysDescr : First(o => o.RemoteSysDescr),
            Model = device.Model.Length > 0 ? device.Model : First(o => o.RemotePlatform),
            ChassisId = device.ChassisId.Length > 0 ? device.ChassisId : First(o => o.Protocol == NeighborProtocol.Lldp ? o.RemoteChassisId : ""),
            Role = device.Role != DeviceRole.Unknown ? device.Role : heard.Select(RoleFromCapabilities).FirstOrDefault(r => r != DeviceRole.Unknown),
        };
    }

    private sealed record Half(string Device, string Port, int? IfIndex, string RemoteDevice, string RemotePort, int? RemoteIfIndex, string Protocol, string Evidence);

    public IReadOnlyList<Link> Resolve(IEnumerable<NeighborObservation> observations)
    {
        var byId = devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var halves = new List<Half>();
        foreach (var o in observations)
        {
            if (!byId.TryGetValue(o.DeviceId, out var local)) continue;
            var localPort = local.Interface(o.LocalIfIndex);
            string localName = localPort is null ? o.LocalPort : InterfaceNames.Of(localPort);
            var remote = _index.Find(o);
            if (remote is not null && remote.Id == local.Id) continue; // a device hearing itself (looped port) is not a link
            if (remote is { Name.Length: 0 }) (_announced.TryGetValue(remote.Id, out var heard) ? heard : _announced[remote.Id] = []).Add(o);
            remote ??= Edge(o);
            var remotePort = byId.ContainsKey(remote.Id) ? DeviceIndex.Port(remote, o) : null;
            string remoteName = remotePort is null ? ReportedPort(o) : InterfaceNames.Of(remotePort);
            string protocol = o.Protocol == NeighborProtocol.Lldp ? "lldp" : "cdp";
            halves.Add(new Half(local.Id, localName, localPort?.IfIndex, remote.Id, remoteName, remotePort?.IfIndex, protocol,
                $"{protocol}: {local.Label} {localName} sees {(o.RemoteSysName.Length > 0 ? o.RemoteSysName : o.RemoteChassisId)} port {ReportedPort(o)}"));
        }
        return Join(halves);
    }

    private List<Link> Join(List<Half> halves)
    {
        var links = new Dictionary<string, List<Half>>(StringComparer.Ordinal);
        foreach (var h in halves)
        {
            // Key: both ends, ordered, by canonical port name, so that A's view of B and B's view of A meet.
            var a = (h.Device, InterfaceNames.Canonical(h.Port));
            var b = (h.RemoteDevice, InterfaceNames.Canonical(h.RemotePort));
            var key = string.CompareOrdinal($"{a.Device}|{a.Item2}", $"{b.RemoteDevice}|{b.Item2}") <= 0
                ? $"{a.Device}|{a.Item2}||{b.RemoteDevice}|{b.Item2}" : $"{b.RemoteDevice}|{b.Item2}||{a.Device}|{a.Item2}";
            (links.TryGetValue(key, out var list) ? list : links[key] = []).Add(h);
        }
        return links.Values.Select(ToLink).OrderBy(l => l.A.Device, StringComparer.Ordinal).ThenBy(l => l.A.Port, StringComparer.Ordinal)
            .ThenBy(l => l.B.Device, StringComparer.Ordinal).ThenBy(l => l.B.Port, StringComparer.Ordinal).ToList();
    }

    private Link ToLink(List<Half> halves)
    {
        var first = halves[0];
        var endA = new LinkEnd(first.Device, first.Port) { IfIndex = first.IfIndex ?? halves.FirstOrDefault(h => h.RemoteDevice == first.Device)?.RemoteIfIndex };
        var endB = new LinkEnd(first.RemoteDevice, first.RemotePort) { IfIndex = first.RemoteIfIndex ?? halves.FirstOrDefault(h => h.Device == first.RemoteDevice)?.IfIndex };
        if (string.CompareOrdinal(endA.Device, endB.Device) > 0) (endA, endB) = (endB, endA);
        bool bothSides = halves.Select(h => h.Device).Distinct().Count() == 2;
        return new Link(endA, endB)
        {
            Protocols = halves.Select(h => h.Protocol).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Confidence = bothSides ? LinkConfidence.High : LinkConfidence.Medium,
            Backup = IsBlocking(endA) || IsBlocking(endB),
            Aggregate = AggregateOf(endA, endB),
            Evidence = halves.Select(h => h.Evidence).Distinct().ToArray(),
        };
    }

    private bool IsBlocking(LinkEnd end) => end.IfIndex is { } ifIndex && stp.Any(s => s.DeviceId == end.Device && s.IfIndex == ifIndex && s.IsBlocking);

    /// <summary>Either port a member of an aggregate: the link belongs to a LAG named after the two aggregate interfaces.</summary>
    private LinkAggregate? AggregateOf(LinkEnd a, LinkEnd b)
    {
        string? Aggregate(LinkEnd end)
        {
            var device = devices.FirstOrDefault(d => d.Id == end.Device);
            var port = end.IfIndex is { } i ? device?.Interface(i) : null;
            return port?.AggregateIfIndex is { } agg && device!.Interface(agg) is { } aggregate ? InterfaceNames.Of(aggregate) : null;
        }
        var (left, right) = (Aggregate(a), Aggregate(b));
        return left is null && right is null ? null : new LinkAggregate(left ?? a.Port, right ?? b.Port);
    }

    /// <summary>A neighbour nobody polled: one node per chassis, described by what it announced. CDP names a chassis by its
    /// device ID and LLDP by its MAC, so a node already known by a management address is the same node.</summary>
    private Device Edge(NeighborObservation o)
    {
        string id = MacAddress.TryParse(o.RemoteChassisId, out var mac) && !mac.IsZero ? $"mac:{mac}"
            : o.RemoteChassisId.Length > 0 && o.RemoteChassisId.Trim('0', ':') .Length > 0 ? $"{(o.Protocol == NeighborProtocol.Cdp ? "cdp" : "lldp")}:{o.RemoteChassisId}"
            : $"lldp:{o.RemoteSysName}@{o.DeviceId}:{o.LocalIfIndex}";
        if (!_edges.ContainsKey(id) && o.RemoteManagementAddresses.Select(a => _edgeByAddress.GetValueOrDefault(a)).FirstOrDefault(k => k is not null) is { } sameNode)
            id = sameNode;
        foreach (var address in o.RemoteManagementAddresses) _edgeByAddress.TryAdd(address, id);
        if (_edges.TryGetValue(id, out var known))
        {
            var addresses = known.ManagementAddresses.Union(o.RemoteManagementAddresses).Order(StringComparer.Ordinal).ToArray();
            return _edges[id] = known with
            {
                ManagementAddresses = addresses,
                Model = known.Model.Length > 0 ? known.Model : o.RemotePlatform,
                SysDescr = known.SysDescr.Length > 0 ? known.SysDescr : o.RemoteSysDescr,
                Role = known.Role != DeviceRole.Unknown ? known.Role : RoleFromCapabilities(o),
            };
        }
        return _edges[id] = new Device(id)
        {
            Name = o.RemoteSysName.Length > 0 ? o.RemoteSysName : o.RemoteChassisId,
            SysDescr = o.RemoteSysDescr,
            Model = o.RemotePlatform,
            ChassisId = o.RemoteChassisId,
            ManagementAddresses = o.RemoteManagementAddresses.Order(StringComparer.Ordinal).ToArray(),
            Role = RoleFromCapabilities(o),
            Status = PollStatus.NotPolled,
        };
    }

    private static DeviceRole RoleFromCapabilities(NeighborObservation o)
    {
        var caps = o.RemoteCapabilities;
        if (caps.Contains("wlanAccessPoint")) return DeviceRole.AccessPoint;
        if (caps.Contains("router") && caps.Contains("bridge")) return DeviceRole.L3Switch;
        if (caps.Contains("router")) return DeviceRole.Router;
        if (caps.Contains("bridge")) return DeviceRole.Switch;
        if (caps.Contains("telephone")) return DeviceRole.Host;
        if (caps.Contains("stationOnly")) return o.RemoteSysDescr.StartsWith("Linux", StringComparison.Ordinal) || o.RemoteSysDescr.Contains("Windows", StringComparison.Ordinal) ? DeviceRole.Server : DeviceRole.Host;
        return DeviceRole.Unknown;
    }

    private static string ReportedPort(NeighborObservation o) =>
        o.RemotePortIdSubtype == 3 && o.RemotePortDescription.Length > 0 ? o.RemotePortDescription : o.RemotePortId.Length > 0 ? o.RemotePortId : o.RemotePortDescription;
}
