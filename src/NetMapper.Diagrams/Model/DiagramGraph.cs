using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>What a box on the diagram stands for: a device role, a group of end hosts, a subnet bus (logical view), or an
/// outside network that lines to the outside lead to (a carrier's cloud).</summary>
public enum NodeKind
{
    Firewall, Router, L3Switch, Switch, WirelessController, AccessPoint, LoadBalancer, Server, HostGroup, Unknown, Bus, Cloud,
}

/// <summary>A box to draw: a device, a group of hosts behind one device, or (logical view) a subnet.</summary>
public sealed record DiagramNode(string Id, NodeKind Kind, string Title)
{
    /// <summary>Lines under the title: management address, model.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];
    public required string ZoneId { get; init; }
    /// <summary>A firewall between zones of different trust: drawn on the boundary, in no zone's container.</summary>
    public bool OnBoundary { get; init; }
    /// <summary>Neighbours heard of but not polled, devices that never answered: drawn with a dashed outline.</summary>
    public bool Unconfirmed { get; init; }
    /// <summary>On a per-zone page, a device of another zone shown as the connector to it: filled grey.</summary>
    public bool Connector { get; init; }
    public LifecycleMark? Lifecycle { get; init; }
    /// <summary>Bus colour (logical view): the zone's.</summary>
    public string? Color { get; init; }
    /// <summary>On a drawing of what changed between two scans: how this box changed.</summary>
    public ChangeMark? Change { get; init; }
}

/// <summary>A line between two boxes: a cable, a LAG (one line for all members), or an address on a subnet.</summary>
public sealed record DiagramEdge(string Id, string From, string To)
{
    public string FromLabel { get; init; } = "";
    public string ToLabel { get; init; } = "";
    /// <summary>Speed ("10G"), or the address on the subnet in the logical view.</summary>
    public string Label { get; init; } = "";
    /// <summary>Member cables of a LAG; 1 for a single cable.</summary>
    public int Members { get; init; } = 1;
    /// <summary>A standby path: drawn dashed.</summary>
    public bool Backup { get; init; }
    /// <summary>A link no discovery protocol saw, inferred from a shared point-to-point subnet: drawn dash-dotted.</summary>
    public bool Inferred { get; init; }
    /// <summary>The one VLAN an access link carries (coloured by it).</summary>
    public int? Vlan { get; init; }
    /// <summary>How the VLAN's lines are drawn on this page: set per page by <see cref="VlanPalette.Apply"/>.</summary>
    public VlanStyle? VlanStyle { get; init; }
    /// <summary>VLANs a trunk carries (drawn dark with a trunk mark).</summary>
    public IReadOnlyList<int> TrunkVlans { get; init; } = [];
    /// <summary>A link of the out-of-band management network: drawn thin, routed along the right side.</summary>
    public bool Management { get; init; }
    /// <summary>On a drawing of what changed between two scans: how this line changed.</summary>
    public ChangeMark? Change { get; init; }
}

/// <summary>A zone container: a zone of the policy and the band (row) it sits in, outside first.</summary>
public sealed record DiagramZone(Zone Zone, int Row, int Order);

/// <summary>One page to lay out: its boxes, lines and zones.</summary>
public sealed record DiagramGraph(string View, string PageName)
{
    public IReadOnlyList<DiagramNode> Nodes { get; init; } = [];
    public IReadOnlyList<DiagramEdge> Edges { get; init; } = [];
    public IReadOnlyList<DiagramZone> Zones { get; init; } = [];
}
