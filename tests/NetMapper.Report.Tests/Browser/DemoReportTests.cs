namespace NetMapper.Report.Tests;

/// <summary>The demo's report in headless chromium, used as an engineer would: look, search, click, filter.</summary>
[Collection(DemoReports.Collection)]
public sealed class DemoReportTests(DemoReports demo, SharedBrowser browsers)
{
    [Fact]
    public async Task The_Report_Loads_And_Is_Used_With_No_Console_Error_And_No_Request_Beyond_Its_Own_File()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.Chinese);
        await report.DiagramAsync("physical");
        await report.DiagramAsync("logical");
        await report.DiagramAsync("zones-production");
        await report.Page.ClickAsync("[data-diagram='zones-production'] [data-node] [data-device-name]");
        await report.Page.WaitForSelectorAsync("#panel:not([hidden])");
        await report.SearchAsync("core");
        await report.TableAsync("links");

        Assert.Empty(report.ConsoleErrors);
        string self = new Uri(demo.Chinese).AbsoluteUri;
        Assert.All(report.Requests, url => Assert.Equal(self, url));
        Assert.Contains(self, report.Requests);
    }

    /// <summary>backoffice01, a server whose lldpd announces it, on dc-sw2 Ethernet1/4 in VLAN 110
    /// (topology-samples/securities-hq/network.yaml).</summary>
    private const string Server = "10.10.110.31", ServerMac = "b4:45:06:95:14:c0";

    [Fact]
    public async Task Searching_An_Address_Finds_The_Host_And_The_Port_It_Is_Learnt_On()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);

        await report.SearchAsync(Server);

        var (table, rows) = await report.ShownTableAsync();
        Assert.Equal("hosts", table);
        var row = Assert.Single(rows);
        Assert.Equal([Server, ServerMac], row[..2]);
        // (the vendor between them is the IEEE registry's where this machine has one)
        Assert.Equal(["backoffice01", "Production", "dc-sw2", "Ethernet1/4", "110"], row[3..8]);
        Assert.Equal("1", await report.Page.TextContentAsync("[data-table-tab='devices'] .count"));
    }

    [Theory]
    [InlineData("{0}{1}.{2}{3}.{4}{5}")]
    [InlineData("{0}-{1}-{2}-{3}-{4}-{5}")]
    [InlineData("{0}{1}{2}{3}{4}{5}")]
    [InlineData("{0}:{1}:{2}:{3}:{4}:{5}")]
    public async Task A_Mac_Is_Found_In_Any_Notation(string notation)
    {
        var octets = ServerMac.ToUpperInvariant().Split(':');
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);
        await report.TableAsync("hosts");

        await report.SearchAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, notation, octets));

        var (table, rows) = await report.ShownTableAsync();
        Assert.Equal("hosts", table);
        Assert.Equal(Server, Assert.Single(rows)[0]);
    }

    [Fact]
    public async Task Clicking_Core_Sw1_On_The_Physical_Diagram_Opens_Its_Panel_With_Its_Neighbours()
    {
        var core = demo.Graph.Devices.Single(d => d.Name == "core-sw1");
        var neighbours = demo.Graph.Links.Where(l => l.A.Device == core.Id || l.B.Device == core.Id)
            .Select(l => (Here: l.A.Device == core.Id ? l.A : l.B, There: l.A.Device == core.Id ? l.B : l.A))
            .Select(e => $"{e.Here.Port} {demo.Graph.LabelOf(e.There.Device)} {e.There.Port}").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(neighbours);
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);
        await report.DiagramAsync("physical");

        await report.Page.ClickAsync($"[data-diagram='physical'] g[data-node='{core.Id}'] [data-device-name]");

        await report.Page.WaitForSelectorAsync($"#panel[data-device='{core.Id}']");
        Assert.Equal("core-sw1", await report.Page.TextContentAsync("#panel h2"));
        var shown = await report.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#panel [data-part=neighbours] tbody tr')]" +
            ".map(tr => [0, 1, 2].map(i => tr.cells[i].textContent).join(' '))");
        Assert.Equal(neighbours, shown.Order(StringComparer.Ordinal));
        Assert.Equal(1, await report.Page.Locator($"[data-diagram='physical'] g.nm-selected[data-node='{core.Id}']").CountAsync());
    }

    [Fact]
    public async Task A_Count_Of_The_Overview_Opens_Its_Table_With_As_Many_Rows()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.Chinese);
        string count = (await report.Page.TextContentAsync("#overview .scan [data-key='hosts'] strong"))!;

        await report.Page.ClickAsync("#overview .scan [data-key='hosts']");

        Assert.Equal("true", await report.Page.GetAttributeAsync("[data-table-tab='hosts']", "aria-selected"));
        Assert.Equal(count, await report.Page.TextContentAsync("[data-table-tab='hosts'] .count"));
        Assert.True(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) > demo.Graph.Hosts.Count,
            "the hosts table lists the servers that announced themselves too");
    }

    [Fact]
    public async Task A_Table_Row_Opens_Its_Devices_Panel_By_Click_Or_By_Keyboard()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);
        await report.TableAsync("routes");

        await report.Page.ClickAsync("#table tbody tr:first-child");

        string first = (await report.Page.GetAttributeAsync("#table tbody tr:first-child", "data-device"))!;
        Assert.Equal(first, await report.Page.GetAttributeAsync("#panel", "data-device"));
        await report.Page.Keyboard.PressAsync("Escape");
        Assert.True(await report.Page.IsHiddenAsync("#panel"));
        await report.TableAsync("devices");
        await report.Page.FocusAsync("#table tbody tr:nth-child(3)");
        await report.Page.Keyboard.PressAsync("Enter");
        string third = (await report.Page.GetAttributeAsync("#table tbody tr:nth-child(3)", "data-device"))!;
        Assert.Equal(third, await report.Page.GetAttributeAsync("#panel", "data-device"));
        Assert.Equal(demo.Graph.LabelOf(third), await report.Page.TextContentAsync("#panel h2"));
    }

    [Fact]
    public async Task The_Zone_Filter_Hides_Other_Zones_On_The_Diagram_And_In_The_Tables()
    {
        var browser = await browsers.GetAsync();
        await using var report = await browser.OpenAsync(demo.English);
        await report.DiagramAsync("physical");
        int allDevices = demo.Graph.Devices.Count;
        // The page's own zoom buttons (the library's are drawn in English): the scale is the viewport matrix's first value,
        // redrawn on the next animation frame.
        const string scale =
            "document.querySelector(\"[data-diagram='physical'] .svg-pan-zoom_viewport\").transform.baseVal.consolidate().matrix.a";
        double fitted = await report.Page.EvaluateAsync<double>($"() => {scale}");
        await report.Page.ClickAsync("#zoom-in");
        await report.Page.WaitForFunctionAsync($"f => {scale} > f * 1.05", fitted);
        await report.Page.ClickAsync("#fit");
        await report.Page.WaitForFunctionAsync($"f => Math.abs({scale} - f) < 1e-6", fitted);

        await report.ZoneAsync("production");

        var nodes = report.Page.Locator("[data-diagram='physical'] [data-node]");
        var visibleZones = await nodes.EvaluateAllAsync<string[]>(
            "ns => ns.filter(n => getComputedStyle(n).display !== 'none').map(n => n.getAttribute('data-zone'))");
        Assert.Contains("production", visibleZones);
        Assert.All(visibleZones, z => Assert.True(z is "" or "production", $"a box of zone '{z}' is still shown"));
        Assert.True(await report.Page.Locator("[data-diagram='physical'] [data-node].nm-hidden").CountAsync() > 0);
        await report.TableAsync("devices");
        var deviceZones = await report.Page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#table tbody tr[data-device]')].map(tr => NM.devices[tr.dataset.device].zones)");
        Assert.NotEmpty(deviceZones);
        Assert.True(deviceZones.Length < allDevices);
        Assert.All(deviceZones, zones => Assert.Contains("production", zones));

        await report.ZoneAsync("");

        Assert.Equal(0, await report.Page.Locator("[data-diagram='physical'] .nm-hidden").CountAsync());
        Assert.Equal(allDevices.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await report.Page.TextContentAsync("[data-table-tab='devices'] .count"));
    }
}
