namespace NetMapper.Application.Refreshing;

/// <summary>How far a refresh got, as stages for its log (cron, the Task Scheduler): a handful per run, none per device.</summary>
public abstract record RefreshEvent
{
    private RefreshEvent() { }

    /// <summary>The scan begins, into this database.</summary>
    public sealed record Scanning(string Db) : RefreshEvent;

    /// <summary>The first device is stored: the scan is under way (what the crawl last did).</summary>
    public sealed record FirstDeviceStored(string LastEvent) : RefreshEvent;

    /// <summary>The scan completed; its evidence pack is being written.</summary>
    public sealed record WritingEvidence(int ScanId, string Pack) : RefreshEvent;
}
