using NetMapper.Application.Evidence;
using NetMapper.Application.Scanning;
using NetMapper.Topology.Diff;

namespace NetMapper.Application.Refreshing;

/// <summary>
/// A refresh's outcome: the scan, and for a complete scan the pack folder, its evidence and the changes since the
/// previous complete scan (null for the first). A scan that did not complete gets no pack.
/// </summary>
public sealed record RefreshResult(ScanJobResult Scan)
{
    public string? Pack { get; init; }
    public EvidenceResult? Evidence { get; init; }
    public GraphDiff? Changes { get; init; }
}
