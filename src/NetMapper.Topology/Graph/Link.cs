namespace NetMapper.Topology;

/// <summary>One end of a link: a device and, where known, its port.</summary>
public sealed record LinkEnd(string Device, string Port)
{
    public int? IfIndex { get; init; }
}

public enum LinkConfidence
{
    /// <summary>Inferred (FDB, a one-sided observation matched by MAC).</summary>
    Low,
    /// <summary>One side reported the other by LLDP or CDP.</summary>
    Medium,
    /// <summary>Both ends reported each other.</summary>
    High,
}

/// <summary>A connection between two devices with the evidence that made it.</summary>
public sealed record Link(LinkEnd A, LinkEnd B)
{
    /// <summary>"lldp", "cdp", "fdb" — which observations support the link.</summary>
    public IReadOnlyList<string> Protocols { get; init; } = [];
    public LinkConfidence Confidence { get; init; }
    /// <summary>Spanning tree blocks it: a standby path.</summary>
    public bool Backup { get; init; }
    /// <summary>Member links of one LAG share this name (the aggregate interfaces, "Po1~ae0").</summary>
    public string? Aggregate { get; init; }
    /// <summary>Human-readable evidence lines ("lldp: core-sw1 Te1/0/1 sees fw1 port2").</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}
