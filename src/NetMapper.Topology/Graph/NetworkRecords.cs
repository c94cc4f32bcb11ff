using System.Net;

namespace NetMapper.Topology;

/// <summary>An IP subnet, from interface addresses and masks, with who is in it.</summary>
public sealed record Subnet(IpPrefix Prefix)
{
    /// <summary>VLAN the subnet lives on, when an SVI or the device ports tell.</summary>
    public int? Vlan { get; init; }
    /// <summary>Device interfaces in the subnet ("core-sw1 Vlan110 10.1.110.1").</summary>
    public IReadOnlyList<SubnetMember> Members { get; init; } = [];
    public int HostCount { get; init; }
}

/// <summary>A device interface in a subnet. The device is named by its id, which two devices never share (their names
/// may); what people read is its label, <see cref="TopologyGraph.LabelOf"/>.</summary>
public sealed record SubnetMember(string DeviceId, string Interface, IPAddress Address);

/// <summary>A VLAN across the network: its names and which device ports carry it.</summary>
public sealed record NetworkVlan(int Id)
{
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<string> Devices { get; init; } = [];
    /// <summary>"device:port" strings, tagged ports marked with "(tagged)".</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];
}

/// <summary>An end host: found by sweep, ARP or FDB; where it is attached when an edge port tells.</summary>
public sealed record Host(IPAddress? Address, MacAddress? Mac)
{
    public string Vendor { get; init; } = "";
    public string HostName { get; init; } = "";
    /// <summary>"arp", "icmp", "arp-table", "fdb".</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];
    public string? Device { get; init; }
    public string? Port { get; init; }
    public int? Vlan { get; init; }
    public double? RttMs { get; init; }
}

public enum FindingSeverity
{
    Info,
    Warning,
    Problem,
}

/// <summary>Something an auditor or engineer should look at, naming what is involved.</summary>
public sealed record Finding(string Code, FindingSeverity Severity, string Message)
{
    public IReadOnlyList<string> Devices { get; init; } = [];
    /// <summary>The values the message names beside its devices (an address, MAC addresses), in the message's order, so
    /// the message can be said in another language. Empty where the devices say it all.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
