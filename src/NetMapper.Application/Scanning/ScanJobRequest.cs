using NetMapper.Capture.Sweeps;
using NetMapper.Discovery.Crawling;

namespace NetMapper.Application.Scanning;

/// <summary>
/// A scan to run: the crawl, the database it goes into, how each credential is described in the scan's record (never
/// its secret), and the NetMapper version recorded with it.
/// </summary>
public sealed record ScanJobRequest(CrawlRequest Crawl, string Db, IReadOnlyList<string> CredentialDescriptions, string ToolVersion)
{
    /// <summary>Sweeps to run over the scope first.</summary>
    public IReadOnlyList<SweepRequest> Sweeps { get; init; } = [];
    public int SweepLimit { get; init; } = SweepTargets.DefaultLimit;
    /// <summary>SNMP requests per second over the whole scan; null for no limit beyond concurrency.</summary>
    public int? RequestsPerSecond { get; init; }
}
