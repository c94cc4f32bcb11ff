using NetMapper.Application.Refreshing;

namespace NetMapper.Cli.Refresh;

/// <summary>
/// The refresh's stages as lines for its log (cron, the Task Scheduler), written as they happen: a run that is
/// stopped still shows how far it got.
/// </summary>
internal sealed class RefreshProgress(TextWriter output) : IProgress<RefreshEvent>
{
    public void Report(RefreshEvent value)
    {
        output.WriteLine(value switch
        {
            RefreshEvent.Scanning s => $"refresh: scanning into {s.Db}",
            RefreshEvent.FirstDeviceStored f => $"refresh: polling; the first device is stored ({f.LastEvent})",
            RefreshEvent.WritingEvidence w => $"refresh: scan {w.ScanId} complete; writing the evidence pack",
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a refresh stage"),
        });
        output.Flush();
    }
}
