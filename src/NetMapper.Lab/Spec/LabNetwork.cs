using System.Net;

namespace NetMapper.Lab.Spec;

/// <summary>How a lab device answers SNMP.</summary>
public enum SnmpAccess { V3, V2c, None }

/// <summary>What a switch port carries: one VLAN untagged, several tagged, or nothing (a routed port).</summary>
public enum PortMode { Routed, Access, Trunk }

/// <summary>A network description resolved and checked: ports numbered, MACs given, cables joined at both ends.</summary>
public sealed class LabNetwork
{
    public required NetworkFile File { get; init; }
    public required IReadOnlyList<LabDevice> Devices { get; init; }
    public required IReadOnlyList<LabHost> Hosts { get; init; }
    public required IReadOnlyDictionary<int, string> VlanNames { get; init; }
}

public sealed class LabDevice
{
    public required string Name { get; init; }
    public required ModelEntry Model { get; init; }
    public required DeviceEntry Entry { get; init; }
    public required IPAddress Management { get; init; }
    public required SnmpAccess Access { get; init; }
    /// <summary>The chassis MAC, also LLDP's chassis ID; ports count up from it.</summary>
    public required byte[] BaseMac { get; init; }
    public List<LabPort> Ports { get; } = [];
    public List<LabRoute> Routes { get; } = [];
    /// <summary>Ports the description names by number: their number is their ifIndex.</summary>
    public required IReadOnlySet<int> NumberedPorts { get; init; }

    public bool IsSwitch => Model.Kind is "switch" or "l3switch";
    public bool IsCisco => Model.Vendor == "cisco";
    public LabPort? Port(string name) => Ports.FirstOrDefault(p => p.Name == name);
    public IEnumerable<LabPort> Physical => Ports.Where(p => p.Type == IfType.Ethernet);
    public override string ToString() => Name;
}

public static class IfType
{
    public const int Ethernet = 6, Loopback = 24, Virtual = 53, Lag = 161;
}

public sealed class LabPort
{
    public required LabDevice Device { get; init; }
    public required int IfIndex { get; init; }
    public required string Name { get; init; }
    public required int Type { get; init; }
    public required byte[] Mac { get; init; }
    public int SpeedMbps { get; set; } = 1000;
    public PortMode Mode { get; set; } = PortMode.Routed;
    /// <summary>The access VLAN, or the VLANs a trunk carries.</summary>
    public List<int> Vlans { get; } = [];
    public LabPort? Aggregate { get; set; }
    public List<(IPAddress Address, int Length)> Addresses { get; } = [];
    /// <summary>The other end of the cable: a device port or a host.</summary>
    public object? Peer { get; set; }
    public string Alias { get; set; } = "";

    /// <summary>The port the bridge sees: the aggregate for a LAG member.</summary>
    public LabPort BridgePort => Aggregate ?? this;
    public bool Carries(int vlan) => Mode != PortMode.Routed && Vlans.Contains(vlan);
    public override string ToString() => $"{Device.Name} {Name}";
}

public sealed record LabRoute(IPAddress Destination, int Length, IPAddress? NextHop, LabPort? Port, string Protocol)
{
    /// <summary>The metric the routing table reports; null for the protocol's usual one.</summary>
    public int? Metric { get; init; }
}

public sealed class LabHost
{
    public required HostEntry Entry { get; init; }
    public required string Name { get; init; }
    public required IPAddress Address { get; init; }
    public required int Length { get; init; }
    public required byte[] Mac { get; init; }
    public LabPort? AttachedTo { get; set; }
    public int? Vlan { get; set; }
    public override string ToString() => Name;
}
