using NetMapper.Discovery.Crawling;

namespace NetMapper.Application.Refreshing;

/// <summary>
/// A crawl's progress reduced to one event when the first device is stored, so a log of a 5,000-device network stays
/// short and still shows how far a stopped run got.
/// </summary>
internal sealed class FirstDeviceProgress(IProgress<RefreshEvent> progress) : IProgress<CrawlProgress>
{
    private int announced;

    public void Report(CrawlProgress value)
    {
        // Reported from the crawl's loop and its pollers' threads: the first report after a stored device wins, once.
        if (value.Polled < 1 || Interlocked.Exchange(ref announced, 1) == 1) return;
        progress.Report(new RefreshEvent.FirstDeviceStored(value.LastEvent));
    }
}
