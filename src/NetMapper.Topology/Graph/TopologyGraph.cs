namespace NetMapper.Topology;

/// <summary>Everything one scan found, resolved: the graph stored with the scan and drawn later.</summary>
public sealed record TopologyGraph
{
    public IReadOnlyList<Device> Devices { get; init; } = [];
    public IReadOnlyList<Link> Links { get; init; } = [];
    public IReadOnlyList<Subnet> Subnets { get; init; } = [];
    public IReadOnlyList<NetworkVlan> Vlans { get; init; } = [];
    public IReadOnlyList<Host> Hosts { get; init; } = [];
    public IReadOnlyList<RouteEntry> Routes { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The raw observations the graph was resolved from, kept as evidence.</summary>
    public IReadOnlyList<NeighborObservation> Neighbors { get; init; } = [];
    public IReadOnlyList<FdbEntry> Fdb { get; init; } = [];
    public IReadOnlyList<ArpEntry> Arp { get; init; } = [];
    public IReadOnlyList<StpPortState> Stp { get; init; } = [];

    public Device? Device(string id) => Devices.FirstOrDefault(d => d.Id == id);

    /// <summary>The label of the device with this id, or the id itself when the graph has no such device.</summary>
    public string LabelOf(string id) => Device(id)?.Label ?? id;
}

/// <summary>What polling one device produced: the device and what its tables showed.</summary>
public sealed record DeviceSnapshot(Device Device)
{
    public IReadOnlyList<NeighborObservation> Neighbors { get; init; } = [];
    public IReadOnlyList<FdbEntry> Fdb { get; init; } = [];
    public IReadOnlyList<ArpEntry> Arp { get; init; } = [];
    public IReadOnlyList<RouteEntry> Routes { get; init; } = [];
    public IReadOnlyList<StpPortState> Stp { get; init; } = [];
}
