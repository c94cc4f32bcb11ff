namespace NetMapper.Report.Tests;

/// <summary>One chromium for a collection of tests, launched by the first test that needs it (after its skip check).</summary>
public sealed class SharedBrowser : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReportBrowser? _browser;

    /// <summary>Skips the calling test without chromium (fails it where the lab is required), else the browser.</summary>
    public async Task<ReportBrowser> GetAsync()
    {
        ReportBrowser.Require();
        await _gate.WaitAsync();
        try { return _browser ??= await ReportBrowser.LaunchAsync(); }
        finally { _gate.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _gate.Dispose();
    }
}
