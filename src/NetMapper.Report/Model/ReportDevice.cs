namespace NetMapper.Report;

/// <summary>
/// What a device's panel shows: its identity, addresses, interfaces with speed, VLAN and neighbour, its VLANs,
/// neighbours, lifecycle rows and findings, and where it sits in the zones.
/// </summary>
public sealed record ReportDevice(string Id, string Name, string Zone)
{
    /// <summary>Every zone it has a foot in; the first is the one it is drawn in.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];
    public IReadOnlyList<ReportFact> Facts { get; init; } = [];
    /// <summary>Its parts as panel tables: addresses, interfaces, neighbours, VLANs, lifecycle, findings.</summary>
    public IReadOnlyList<ReportTable> Parts { get; init; } = [];
    public RowChange? Change { get; init; }
}
