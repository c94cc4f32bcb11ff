namespace NetMapper.Topology;

/// <summary>
/// Links from what LLDP and CDP observed (<see cref="PointToPointLinks"/> adds the routed links they miss). Every
/// observation becomes a half-link from a polled port to a device (polled, or an edge node made from what the neighbour
/// announced) and port; halves that describe the same cable join into one link, with high confidence when both ends
/// saw each other.
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
        DeviceRole FirstRole() => heard.Select(RoleFromCapabilities).FirstOrDefault(r => r != DeviceRole.Unknown);
        return device with
        {
            Name = First(o => o.RemoteSysName),
            SysDescr = device.SysDescr.Length > 0 ? device.SysDescr : First(o => o.RemoteSysDescr),
            Model = device.Model.Length > 0 ? device.Model : First(o => o.RemotePlatform),
            ChassisId = device.ChassisId.Length > 0 ? device.ChassisId : First(LldpChassisId),
            Role = device.Role != DeviceRole.Unknown ? device.Role : FirstRole(),
        };
    }

    private static string LldpChassisId(NeighborObservation o) => o.Protocol == NeighborProtocol.Lldp ? o.RemoteChassisId : "";

    private sealed record Half(
        string Device, string Port, int? IfIndex,
        string RemoteDevice, string RemotePort, int? RemoteIfIndex,
        string Protocol, string Evidence);

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
            if (remote is { Name.Length: 0 }) AnnouncedBy(remote.Id).Add(o);
            remote ??= Edge(o);
            var remotePort = byId.ContainsKey(remote.Id) ? DeviceIndex.Port(remote, o) : null;
            string remoteName = remotePort is null ? ReportedPort(o) : InterfaceNames.Of(remotePort);
            string protocol = o.Protocol == NeighborProtocol.Lldp ? "lldp" : "cdp";
            string heardAs = o.RemoteSysName.Length > 0 ? o.RemoteSysName : o.RemoteChassisId;
            string evidence = $"{protocol}: {local.Label} {localName} sees {heardAs} port {ReportedPort(o)}";
            halves.Add(new Half(local.Id, localName, localPort?.IfIndex, remote.Id, remoteName, remotePort?.IfIndex, protocol, evidence));
        }
        return Join(halves);
    }

    private List<NeighborObservation> AnnouncedBy(string deviceId) =>
        _announced.TryGetValue(deviceId, out var heard) ? heard : _announced[deviceId] = [];

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
        return InOrder(links.Values.Select(ToLink));
    }

    /// <summary>The order links are listed in, whoever found them: by their ends' devices and ports.</summary>
    public static List<Link> InOrder(IEnumerable<Link> links) =>
        links.OrderBy(l => l.A.Device, StringComparer.Ordinal).ThenBy(l => l.A.Port, StringComparer.Ordinal)
            .ThenBy(l => l.B.Device, StringComparer.Ordinal).ThenBy(l => l.B.Port, StringComparer.Ordinal).ToList();

    private Link ToLink(List<Half> halves)
    {
        var first = halves[0];
        // An end whose own half did not know its ifIndex takes it from the other side's half.
        int? ifIndexA = first.IfIndex ?? halves.FirstOrDefault(h => h.RemoteDevice == first.Device)?.RemoteIfIndex;
        int? ifIndexB = first.RemoteIfIndex ?? halves.FirstOrDefault(h => h.Device == first.RemoteDevice)?.IfIndex;
        var endA = new LinkEnd(first.Device, first.Port) { IfIndex = ifIndexA };
        var endB = new LinkEnd(first.RemoteDevice, first.RemotePort) { IfIndex = ifIndexB };
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

    private bool IsBlocking(LinkEnd end) =>
        end.IfIndex is { } ifIndex && stp.Any(s => s.DeviceId == end.Device && s.IfIndex == ifIndex && s.IsBlocking);

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
        string id = EdgeId(o);
        if (!_edges.ContainsKey(id) && EdgeWithAddressIn(o.RemoteManagementAddresses) is { } sameNode)
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

    /// <summary>The chassis MAC when there is one, else the chassis ID as announced, else the name as heard on one port.</summary>
    private static string EdgeId(NeighborObservation o)
    {
        if (MacAddress.TryParse(o.RemoteChassisId, out var mac) && !mac.IsZero) return $"mac:{mac}";
        if (o.RemoteChassisId.Length > 0 && o.RemoteChassisId.Trim('0', ':').Length > 0)
            return $"{(o.Protocol == NeighborProtocol.Cdp ? "cdp" : "lldp")}:{o.RemoteChassisId}";
        return $"lldp:{o.RemoteSysName}@{o.DeviceId}:{o.LocalIfIndex}";
    }

    private string? EdgeWithAddressIn(IEnumerable<string> addresses) =>
        addresses.Select(a => _edgeByAddress.GetValueOrDefault(a)).FirstOrDefault(k => k is not null);

    private static DeviceRole RoleFromCapabilities(NeighborObservation o)
    {
        var caps = o.RemoteCapabilities;
        if (caps.Contains("wlanAccessPoint")) return DeviceRole.AccessPoint;
        if (caps.Contains("router") && caps.Contains("bridge")) return DeviceRole.L3Switch;
        if (caps.Contains("router")) return DeviceRole.Router;
        if (caps.Contains("bridge")) return DeviceRole.Switch;
        if (caps.Contains("telephone")) return DeviceRole.Host;
        if (caps.Contains("stationOnly")) return RunsServerOs(o.RemoteSysDescr) ? DeviceRole.Server : DeviceRole.Host;
        return DeviceRole.Unknown;
    }

    private static bool RunsServerOs(string sysDescr) =>
        sysDescr.StartsWith("Linux", StringComparison.Ordinal) || sysDescr.Contains("Windows", StringComparison.Ordinal);

    private static string ReportedPort(NeighborObservation o)
    {
        // Port ID subtype 3 is a MAC address: the port description names the port better.
        if (o.RemotePortIdSubtype == 3 && o.RemotePortDescription.Length > 0) return o.RemotePortDescription;
        return o.RemotePortId.Length > 0 ? o.RemotePortId : o.RemotePortDescription;
    }
}
