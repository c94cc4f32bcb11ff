using System.Text.Json;
using Microsoft.Playwright;

namespace NetMapper.Report.Tests;

/// <summary>What a user does on the report, as steps a test reads like: open a tab, search, pick a zone, read a table.</summary>
public static class ReportActions
{
    public static Task TabAsync(this OpenReport report, string tab) => report.Page.ClickAsync($"nav [data-tab='{tab}']");

    public static async Task TableAsync(this OpenReport report, string id)
    {
        await report.TabAsync("tables");
        await report.Page.ClickAsync($"[data-table-tab='{id}']");
        await report.Page.WaitForSelectorAsync($"#table table[data-table='{id}']");
    }

    /// <summary>Types into the search box and waits until the tables show the result.</summary>
    public static async Task SearchAsync(this OpenReport report, string text)
    {
        await report.Page.FillAsync("#search", text);
        await report.Page.WaitForFunctionAsync("q => NM.state.query === q", text);
    }

    public static async Task ZoneAsync(this OpenReport report, string zone)
    {
        await report.Page.SelectOptionAsync("#zone", zone);
        await report.Page.WaitForFunctionAsync("z => NM.state.zone === z", zone);
    }

    public static async Task DiagramAsync(this OpenReport report, string id)
    {
        await report.TabAsync("diagrams");
        int index = await report.Page.EvaluateAsync<int>("id => NM.data.diagrams.findIndex(d => d.id === id)", id);
        Assert.True(index >= 0, $"the report has no diagram '{id}'");
        await report.Page.SelectOptionAsync("#diagram", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await report.Page.WaitForSelectorAsync($"#canvas[data-shown='{id}']");
    }

    /// <summary>The table on screen: its id and the cells of the rows shown (one page).</summary>
    public static async Task<(string Id, string[][] Rows)> ShownTableAsync(this OpenReport report)
    {
        string id = await report.Page.GetAttributeAsync("#table table", "data-table") ?? "";
        var json = await report.Page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('#table tbody tr')].map(tr => [...tr.cells].map(td => td.textContent))");
        return (id, json.Deserialize<string[][]>()!);
    }

    public static async Task<string[]> HeadersAsync(this IPage page, string selector) =>
        (await page.Locator(selector).AllTextContentsAsync()).ToArray();
}
