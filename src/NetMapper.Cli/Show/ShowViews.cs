using NetMapper.Cli.Common;
using NetMapper.Topology;

namespace NetMapper.Cli.Show;

/// <summary>
/// The stable shapes of <c>netmapper show ... --json</c> (documented in the README). Checks outside the project read
/// these fields; add fields freely, never rename or remove one.
/// </summary>
internal static class ShowViews
{
    public sealed record DeviceView(
        string Id, string Name, string Vendor, string Model, string Serial, string OsName, string OsVersion, string Role,
        IReadOnlyList<string> ManagementAddresses, string ChassisId, int InterfaceCount, int VlanCount, int NeighborCount, string Status,
        string SysObjectId, string SysDescr, string Location, string Profile, string Credential, IReadOnlyList<string> Problems)
    {
        public string ModelName { get; init; } = "";
        public string HardwareFamily { get; init; } = "";
        /// <summary>Stack or virtual-chassis members, each with its own model and serial; empty for one chassis.</summary>
        public IReadOnlyList<StackMemberView> Members { get; init; } = [];
    }

    public sealed record StackMemberView(int Index, string Name, string Model, string Serial);

    /// <summary>Device is the device's id (stable across scans); Name is its name, or the id when it has none.</summary>
    public sealed record LinkEndView(string Device, string Port, string Name);

    /// <summary>Aggregate: the LAG's name as it has always been printed ("DEVICE:PORT~DEVICE:PORT"); AggregatePorts: the same
    /// as fields, the aggregate interface at end a and at end b.</summary>
    public sealed record LinkView(LinkEndView A, LinkEndView B, IReadOnlyList<string> Protocols, string Confidence, bool Backup,
        string? Aggregate, IReadOnlyList<string> Evidence, LinkAggregate? AggregatePorts);

    public sealed record HostView(
        string? Ip, string? Mac, string Vendor, string HostName, string? Device, string? Port, int? Vlan, IReadOnlyList<string> Methods,
        string? DeviceName);

    public sealed record SubnetView(string Prefix, int? Vlan, IReadOnlyList<SubnetMemberView> Members, int HostCount);
    /// <summary>Device is the device's name (or its id when it has none), as it always was; DeviceId is its id, which two
    /// devices never share.</summary>
    public sealed record SubnetMemberView(string Device, string Interface, string Address, string DeviceId);

    public sealed record VlanView(int Id, IReadOnlyList<string> Names, IReadOnlyList<string> Devices, IReadOnlyList<string> Ports);

    public sealed record RouteView(string Device, string Destination, string? NextHop, string Interface, string Protocol, int Metric);

    public sealed record ZonesView(
        IReadOnlyList<ZonedSubnet> Subnets,
        IReadOnlyList<ZonedVlan> Vlans,
        IReadOnlyList<ZonedDevice> Devices,
        IReadOnlyList<FindingView> Findings);
    /// <summary>Zones: the ids of every zone that matched (none: unassigned; two or more: a conflict).</summary>
    public sealed record ZonedSubnet(string Prefix, int? Vlan, IReadOnlyList<string> Zones);
    public sealed record ZonedVlan(int Id, IReadOnlyList<string> Names, IReadOnlyList<string> Zones);
    /// <summary>Zone: where the device is drawn; Zones: every zone it has a foot in.</summary>
    public sealed record ZonedDevice(string Id, string Name, string Zone, IReadOnlyList<string> Zones);
    public sealed record FindingView(string Code, string Severity, string Message, IReadOnlyList<string> Devices);

    public static ZonesView Zones(TopologyGraph graph, NetMapper.Zones.ZoneMap zones)
    {
        var subnets = graph.Subnets
            .Select(s => new ZonedSubnet(s.Prefix.ToString(), s.Vlan, zones.SubnetMatches(s.Prefix).Select(z => z.Id).ToArray()))
            .ToArray();
        var vlans = graph.Vlans
            .Where(v => !NetMapper.Zones.ZoneMap.IsDefaultVlan(v.Id))
            .Select(v => new ZonedVlan(v.Id, v.Names, zones.VlanMatches(v.Id).Select(z => z.Id).ToArray()))
            .ToArray();
        var devices = graph.Devices
            .Select(d => new ZonedDevice(d.Id, d.Label, zones.OfDevice(d.Id).Id, zones.DeviceZones(d.Id).Select(z => z.Id).ToArray()))
            .ToArray();
        var findings = NetMapper.Zones.SegmentationRules.Evaluate(graph, zones)
            .Select(f => new FindingView(f.Code, Spelling.Camel(f.Severity.ToString()), f.Message, f.Devices))
            .ToArray();
        return new ZonesView(subnets, vlans, devices, findings);
    }

    public static IEnumerable<DeviceView> Devices(TopologyGraph graph) => graph.Devices.Select(d => new DeviceView(
        d.Id, d.Name, d.Vendor, d.Model, d.Serial, d.OsName, d.OsVersion, Spelling.Camel(d.Role.ToString()),
        d.ManagementAddresses, d.ChassisId, d.Interfaces.Count, d.Vlans.Count, graph.Neighbors.Count(n => n.DeviceId == d.Id),
        Spelling.Camel(d.Status.ToString()), d.SysObjectId, d.SysDescr, d.Location, d.Profile, d.Credential, d.Problems)
    {
        ModelName = d.ModelName, HardwareFamily = d.HardwareFamily,
        Members = d.StackMembers().Select(m => new StackMemberView(m.Index, m.Name, m.Model, m.Serial)).ToArray(),
    });

    public static IEnumerable<LinkView> Links(TopologyGraph graph) => graph.Links.Select(l => new LinkView(
        End(graph, l.A), End(graph, l.B), l.Protocols, Spelling.Camel(l.Confidence.ToString()), l.Backup, l.AggregateName(), l.Evidence,
        l.Aggregate));

    private static LinkEndView End(TopologyGraph graph, LinkEnd end) => new(end.Device, end.Port, NameOf(graph, end.Device)!);

    public static IEnumerable<HostView> Hosts(TopologyGraph graph) => graph.Hosts.Select(h => new HostView(
        h.Address?.ToString(), h.Mac?.ToString(), h.Vendor, h.HostName, h.Device, h.Port, h.Vlan, h.Methods, NameOf(graph, h.Device)));

    private static string? NameOf(TopologyGraph graph, string? deviceId) => deviceId is null ? null : graph.LabelOf(deviceId);

    public static IEnumerable<SubnetView> Subnets(TopologyGraph graph) => graph.Subnets.Select(s =>
    {
        var members = s.Members.Select(m =>
            new SubnetMemberView(graph.LabelOf(m.DeviceId), m.Interface, m.Address.ToString(), m.DeviceId));
        return new SubnetView(s.Prefix.ToString(), s.Vlan, members.ToArray(), s.HostCount);
    });

    public static IEnumerable<VlanView> Vlans(TopologyGraph graph) =>
        graph.Vlans.Select(v => new VlanView(v.Id, v.Names, v.Devices, v.Ports));

    public static IEnumerable<RouteView> Routes(TopologyGraph graph) => graph.Routes.Select(r =>
    {
        var port = graph.Device(r.DeviceId)?.Interface(r.IfIndex);
        return new RouteView(graph.LabelOf(r.DeviceId), r.Destination.ToString(), r.NextHop?.ToString(),
            InterfaceNames.Of(port, r.IfIndex), r.Protocol, r.Metric);
    });

}
