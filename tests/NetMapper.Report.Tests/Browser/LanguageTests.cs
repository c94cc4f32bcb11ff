using System.Text.RegularExpressions;

namespace NetMapper.Report.Tests;

/// <summary>
/// Every word the page shows of its own (tabs, buttons, headings, column titles, a device's facts) is in the report's
/// language: Chinese characters in the zh-TW report (but for acronyms the records write in Latin letters too), none in
/// the English one, and never a label's key.
/// </summary>
[Collection(DemoReports.Collection)]
public sealed partial class LanguageTests(DemoReports demo, SharedBrowser browsers)
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    /// <summary>Words the Chinese records write in Latin letters as well.</summary>
    [GeneratedRegex(@"^(VLAN|MAC|IP|LAG|CSV|SNMP|OS)$")]
    private static partial Regex Acronym();

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public async Task The_Report_Shows_No_Untranslated_Label(string language)
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.File(language));
        var words = new List<string>();
        async Task Collect(string selector) => words.AddRange(await report.Page.HeadersAsync(selector));
        await Collect("[data-l]");
        await Collect("#overview dt");
        await Collect("#overview li span");
        foreach (var table in await report.Page.EvaluateAsync<string[]>("() => NM.data.tables.map(t => t.id)"))
        {
            await report.TableAsync(table);
            await Collect("#table th");
            await Collect($"[data-table-tab='{table}'] span:first-child");
            await report.Page.ClickAsync("#table tbody tr[data-device]");
            await Collect("#panel [data-l], #panel h3, #panel dt, #panel th");
        }
        await report.DiagramAsync("physical");
        await Collect("#diagram option");
        await Collect("[data-l]");
        // svg-pan-zoom draws its own buttons with English words in them ("RESET"): the page must not show them.
        Assert.Equal(0, await report.Page.Locator("#svg-pan-zoom-controls").CountAsync());

        var keys = ReportText.Keys.ToHashSet(StringComparer.Ordinal);
        var shown = words.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(shown.Length > 100, $"only {shown.Length} words were read");
        Assert.DoesNotContain(shown, keys.Contains);
        if (language == "en") Assert.All(shown, w => Assert.False(Chinese().IsMatch(w), $"'{w}' is Chinese in the English report"));
        else Assert.All(shown, w => Assert.True(Chinese().IsMatch(w) || Acronym().IsMatch(w), $"'{w}' is not translated"));
        Assert.Empty(report.ConsoleErrors);
    }
}
