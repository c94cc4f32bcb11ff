namespace NetMapper.Topology;

/// <summary>One end of a link: a device and, where known, its port.</summary>
public sealed record LinkEnd(string Device, string Port)
{
    public int? IfIndex { get; init; }
}

public enum LinkConfidence
{
    /// <summary>Inferred: two devices on one point-to-point subnet that found each other in their ARP tables.</summary>
    Low,
    /// <summary>One side reported the other by LLDP or CDP.</summary>
    Medium,
    /// <summary>Both ends reported each other.</summary>
    High,
}

/// <summary>A connection between two devices with the evidence that made it.</summary>
public sealed record Link(LinkEnd A, LinkEnd B)
{
    /// <summary>"lldp", "cdp", "arp" (a shared point-to-point subnet) — which observations support the link.</summary>
    public IReadOnlyList<string> Protocols { get; init; } = [];
    public LinkConfidence Confidence { get; init; }
    /// <summary>Spanning tree blocks it: a standby path.</summary>
    public bool Backup { get; init; }
    /// <summary>The LAG the link is a member of; null for a cable of its own.</summary>
    public LinkAggregate? Aggregate { get; init; }
    /// <summary>Human-readable evidence lines ("lldp: core-sw1 Te1/0/1 sees fw1 port2").</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The LAG's name, "DEVICE:PORT~DEVICE:PORT" from both ends' aggregate interfaces: the id of its line on a
    /// diagram and the <c>aggregate</c> of <c>show links</c>. Null when the link is in no LAG. Written, never parsed:
    /// code reads <see cref="Aggregate"/>.</summary>
    public string? AggregateName() => Aggregate is { } lag ? $"{A.Device}:{lag.A}~{B.Device}:{lag.B}" : null;
}
