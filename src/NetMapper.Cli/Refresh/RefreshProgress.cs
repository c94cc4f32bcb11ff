using NetMapper.Discovery.Crawling;

namespace NetMapper.Cli.Refresh;

/// <summary>
/// The refresh's stages as lines for its log (cron, the Task Scheduler): one line when the first device is stored,
/// none per device, so a log of a 5,000-device network stays short and still shows how far a stopped run got.
/// </summary>
internal sealed class RefreshProgress(TextWriter output) : IProgress<CrawlProgress>
{
    private int announced;

    public void Report(CrawlProgress value)
    {
        // Reported from the crawl's loop and its pollers' threads: the first report after a stored device wins, once.
        if (value.Polled < 1 || Interlocked.Exchange(ref announced, 1) == 1) return;
        output.WriteLine($"refresh: polling; the first device is stored ({value.LastEvent})");
        output.Flush();
    }
}
