using NetMapper.Application.Scanning;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Plan;
using NetMapper.Zones;

namespace NetMapper.Application.Refreshing;

/// <summary>
/// A quarterly refresh: the scan to run, the folder the dated packs go into, and how the evidence is judged and
/// written (zones, lifecycle catalog and policy, language, the organisation in the title blocks).
/// </summary>
public sealed record RefreshRequest(ScanJobRequest Scan, string EvidenceRoot, ZonePolicy Zones, LifecycleCatalog Catalog,
    LifecyclePolicy LifecyclePolicy, string Language, string Organisation)
{
    /// <summary>The diagram formats of a pack: vector and editable, no PNG (an auditor reads PDF, an engineer edits draw.io).</summary>
    public IReadOnlyCollection<string> DiagramFormats { get; init; } = ["svg", "pdf", "drawio"];
    /// <summary>How long to wait for another refresh of the same database before giving up with <see cref="JobFailure.Busy"/>.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.Zero;
}
