using System.Net;

namespace NetMapper.Topology;

/// <summary>A forwarding-database row: the device learnt <see cref="Mac"/> on a port, in a VLAN.</summary>
public sealed record FdbEntry(string DeviceId, int Vlan, MacAddress Mac, int IfIndex)
{
    /// <summary>dot1dTpFdbStatus: 3 learned, 4 self, 5 mgmt.</summary>
    public int Status { get; init; } = 3;
}

/// <summary>An ARP / neighbour-table row of a device.</summary>
public sealed record ArpEntry(string DeviceId, int IfIndex, IPAddress Address, MacAddress Mac);

/// <summary>A route of a device's routing table (Article 4's routing records).</summary>
public sealed record RouteEntry(string DeviceId, IpPrefix Destination, IPAddress? NextHop, int IfIndex)
{
    /// <summary>local, static, ospf, bgp, ... (IANAipRouteProtocol names).</summary>
    public string Protocol { get; init; } = "";
    public int Metric { get; init; }
}

/// <summary>Spanning-tree state of a port (dot1dStpPortState): blocking ports mark backup links.</summary>
public sealed record StpPortState(string DeviceId, int IfIndex, int State)
{
    public bool IsBlocking => State is 2 or 3; // blocking, listening
}
