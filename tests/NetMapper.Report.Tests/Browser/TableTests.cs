using System.Text;
using NetMapper.Topology;

namespace NetMapper.Report.Tests;

/// <summary>Sorting a table by a column and exporting what it shows as CSV, in the demo's report.</summary>
[Collection(DemoReports.Collection)]
public sealed class TableTests(DemoReports demo, SharedBrowser browsers)
{
    [Fact]
    public async Task A_Click_On_A_Heading_Sorts_Addresses_By_Their_Bytes_And_A_Second_Click_Reverses()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);
        await report.TableAsync("routes");
        var heading = report.Page.Locator("th:has(button:text-is('Destination'))");

        await heading.Locator("button").ClickAsync();

        Assert.Equal("ascending", await heading.GetAttributeAsync("aria-sort"));
        var ascending = (await report.ShownTableAsync()).Rows.Select(r => r[1]).ToArray();
        Assert.Equal(50, ascending.Length);
        var all = demo.Graph.Routes.Select(r => r.Destination).Order(PrefixOrder.Instance).Select(p => p.ToString()).ToArray();
        Assert.Equal(all[..50], ascending);

        await heading.Locator("button").ClickAsync();

        Assert.Equal("descending", await heading.GetAttributeAsync("aria-sort"));
        Assert.Equal(all.Reverse().Take(50), (await report.ShownTableAsync()).Rows.Select(r => r[1]));
    }

    [Fact]
    public async Task Csv_Export_Downloads_Every_Row_That_Passes_The_Filters_In_The_Order_Shown()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);
        await report.TableAsync("routes");
        await report.Page.ClickAsync("th button:text-is('Destination')");
        var headers = await report.Page.HeadersAsync("#table thead th");

        var download = await report.Page.RunAndWaitForDownloadAsync(() => report.Page.ClickAsync("#csv"));

        Assert.Equal("netmapper-routes-scan1.csv", download.SuggestedFilename);
        string path = Path.Combine(demo.Folder, "routes.csv");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", headers), lines[0]);
        Assert.Equal(demo.Graph.Routes.Count, lines.Length - 1);
        var order = demo.Graph.Routes.Select(r => r.Destination).Order(PrefixOrder.Instance).Select(p => p.ToString());
        Assert.Equal(order, lines.Skip(1).Select(l => l.Split(',')[1]));

        await report.SearchAsync("0.0.0.0/0");
        download = await report.Page.RunAndWaitForDownloadAsync(() => report.Page.ClickAsync("#csv"));
        await download.SaveAsAsync(path);
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var filtered = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(demo.Graph.Routes.Count(r => r.Destination.ToString() == "0.0.0.0/0"), filtered.Length);
        Assert.All(filtered, line => Assert.Contains("0.0.0.0/0", line, StringComparison.Ordinal));
    }

    /// <summary>Prefixes by their network's bytes, then their length: how the report sorts an address column.</summary>
    private sealed class PrefixOrder : IComparer<IpPrefix>
    {
        public static readonly PrefixOrder Instance = new();

        public int Compare(IpPrefix x, IpPrefix y)
        {
            int family = x.Network.AddressFamily.CompareTo(y.Network.AddressFamily);
            if (family != 0) return family;
            int bytes = x.Network.GetAddressBytes().AsSpan().SequenceCompareTo(y.Network.GetAddressBytes());
            return bytes != 0 ? bytes : x.Length.CompareTo(y.Length);
        }
    }
}
