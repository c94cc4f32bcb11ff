using NetMapper.Topology;

namespace NetMapper.Capture.Neighbors;

/// <summary>A neighbour heard on the wire: one LLDP or CDP advertisement, decoded.</summary>
public sealed record CapturedNeighbor(NeighborProtocol Protocol, MacAddress SourceMac)
{
    public string ChassisId { get; init; } = "";
    public int ChassisIdSubtype { get; init; }
    public string PortId { get; init; } = "";
    public int PortIdSubtype { get; init; }
    public string PortDescription { get; init; } = "";
    public string SysName { get; init; } = "";
    public string SysDescr { get; init; } = "";
    public string Platform { get; init; } = "";
    public IReadOnlyList<string> ManagementAddresses { get; init; } = [];
    public IReadOnlyList<string> Capabilities { get; init; } = [];
    /// <summary>LLDP 802.1 PVID or CDP native VLAN.</summary>
    public int? Vlan { get; init; }
    public TimeSpan TimeToLive { get; init; }
    public DateTime SeenAt { get; init; }
}
