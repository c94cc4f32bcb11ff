using System.Diagnostics;
using Microsoft.Playwright;
using NetMapper.Testing;

namespace NetMapper.Report.Tests;

/// <summary>
/// Debian's chromium, headless, driven through Playwright with the system browser (no browser is downloaded). Each
/// report opens in a page of its own that records console errors and every request the page makes.
/// </summary>
public sealed class ReportBrowser : IAsyncDisposable
{
    public static string Executable => Environment.GetEnvironmentVariable("NETMAPPER_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Skips the test without chromium, or fails it where the lab is required (CI).</summary>
    public static void Require() =>
        Requires.That(File.Exists(Executable), $"chromium is not at {Executable} (Debian: apt-get install chromium; see .ci/run)");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportBrowser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<ReportBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable, Headless = true });
        return new ReportBrowser(playwright, browser);
    }

    /// <summary>Opens a report and waits until its script says it is ready; the time it took is the time to interactive.</summary>
    public async Task<OpenReport> OpenAsync(string file, int width = 1400, int height = 900)
    {
        var viewport = new ViewportSize { Width = width, Height = height };
        var context = await _browser.NewContextAsync(new() { ViewportSize = viewport, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var report = new OpenReport(context, page);
        page.Console += (_, message) => { if (message.Type == "error") report.ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => report.ConsoleErrors.Add(error);
        page.Request += (_, request) => report.Requests.Add(request.Url);
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-ready='1']", new() { Timeout = 120_000 });
        report.TimeToInteractive = watch.Elapsed;
        return report;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A report open in the browser, with what it logged and requested.</summary>
public sealed class OpenReport(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public List<string> ConsoleErrors { get; } = [];
    public List<string> Requests { get; } = [];
    public TimeSpan TimeToInteractive { get; set; }

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
