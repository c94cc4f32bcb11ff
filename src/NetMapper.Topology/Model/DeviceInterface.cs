using System.Net;

namespace NetMapper.Topology;

/// <summary>An interface as IF-MIB reports it (ifTable + ifXTable), with the bridge port and VLAN facts joined in.</summary>
public sealed record DeviceInterface(int IfIndex, string Name)
{
    public string Description { get; init; } = "";
    public string Alias { get; init; } = "";
    /// <summary>IANAifType number (6 ethernetCsmacd, 24 softwareLoopback, 53 propVirtual, 161 ieee8023adLag, ...).</summary>
    public int Type { get; init; }
    public ulong SpeedBps { get; init; }
    public MacAddress? Mac { get; init; }
    public bool AdminUp { get; init; }
    public bool OperUp { get; init; }
    public int Mtu { get; init; }
    /// <summary>Port VLAN ID (untagged VLAN), when known.</summary>
    public int? Pvid { get; init; }
    /// <summary>For a LAG member: the ifIndex of its aggregate (IEEE8023-LAG-MIB / ifStackTable).</summary>
    public int? AggregateIfIndex { get; init; }
}

/// <summary>An IP address configured on an interface.</summary>
public sealed record InterfaceAddress(int IfIndex, IPAddress Address, int PrefixLength)
{
    public IpPrefix Prefix => new(Address, PrefixLength);

    /// <summary>An address that puts its interface on a subnet (not a host route, loopback or link-local one).</summary>
    public bool IsOnSubnet => SubnetBuilder.IsSubnetAddress(this);
}

/// <summary>A VLAN on a device, with the ports carrying it.</summary>
public sealed record DeviceVlan(int Id, string Name)
{
    public IReadOnlyList<int> UntaggedIfIndexes { get; init; } = [];
    public IReadOnlyList<int> TaggedIfIndexes { get; init; } = [];
}

/// <summary>A physical component from ENTITY-MIB: chassis, stack member, module, power supply...</summary>
public sealed record DeviceComponent(int Index, string Class, string Name)
{
    public string Description { get; init; } = "";
    public string Model { get; init; } = "";
    public string Serial { get; init; } = "";
    public string HardwareRevision { get; init; } = "";
    public string FirmwareRevision { get; init; } = "";
    public string SoftwareRevision { get; init; } = "";
    public int ContainedIn { get; init; }
}
