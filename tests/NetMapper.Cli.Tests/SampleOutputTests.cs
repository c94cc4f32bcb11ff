using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using MiniExcelLibs;

namespace NetMapper.Cli.Tests;

/// <summary>What the demo wrote and what the commands show of its scan: zones, the Article 4.2 records, the diagrams.</summary>
[Collection(SampleDemo.Collection)]
public sealed class SampleOutputTests(SampleDemo demo)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Show_zones_gives_the_segmentation_findings_and_a_zone_for_every_subnet()
    {
        var shown = await CliRunner.RunAsync("show", "zones", "--db", demo.Db, "--zones", SampleDemo.ZonesFile, "--json");

        Assert.True(shown.Exit == 0, shown.Err);
        using var json = JsonDocument.Parse(shown.Out);
        Assert.Equal(demo.ExpectedSegmentation.Count(), json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(demo.Graph.Subnets.Count,
            json.RootElement.GetProperty("subnets").EnumerateArray().Count(x => x.GetProperty("zones").GetArrayLength() == 1));
    }

    [Fact]
    public async Task A_zone_policy_that_cannot_be_read_is_one_line_and_exit_2()
    {
        var badPolicy = Path.Combine(demo.OutDir, "zones.yaml");
        await File.WriteAllTextAsync(badPolicy, "zones:\n  - { id: dmz, trust: semi }\n", Token);

        var refused = await CliRunner.RunAsync("show", "zones", "--db", demo.Db, "--zones", badPolicy);

        Assert.Equal((2, $"netmapper: {badPolicy}:2: zone 'dmz'.trust: 'semi' must be external, line, dmz, internal or management"),
            (refused.Exit, refused.Err.Trim()));
    }

    [Fact]
    public async Task The_demo_writes_the_article_4_2_records_in_chinese_sheet_by_sheet()
    {
        var workbook = Path.Combine(demo.OutDir, "records", "netmapper-records-scan1.xlsx");
        int Rows(string sheet) => MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Count();

        Assert.Equal(
            ["掃描資訊", "網段", "路由", "主機 IP 位址", "備援線路", "無線網路", "設備清冊", "檢查發現"],
            MiniExcel.GetSheetNames(workbook));
        Assert.Equal(demo.Graph.Subnets.Count, Rows("網段"));
        Assert.Equal(demo.Graph.Routes.Count, Rows("路由"));
        Assert.Equal(demo.Graph.Devices.Count, Rows("設備清冊"));
        Assert.Equal(4, Rows("無線網路")); // wlc1 and three access points
        Assert.Equal(demo.Graph.Findings.Count + demo.ExpectedSegmentation.Count(), Rows("檢查發現"));
        var segmentsPath = Path.Combine(demo.OutDir, "records", "netmapper-records-scan1-segments.csv");
        var segmentsCsv = await File.ReadAllBytesAsync(segmentsPath, Token);
        Assert.Equal([0xEF, 0xBB, 0xBF], segmentsCsv[..3]); // UTF-8 with BOM: spreadsheet programs read the Chinese right
        Assert.Equal(demo.Graph.Subnets.Count + 1, Encoding.UTF8.GetString(segmentsCsv).Trim().Split('\n').Length);
    }

    [Fact]
    public async Task The_demo_draws_the_diagrams_and_drawing_the_scan_again_gives_the_same_svg()
    {
        var diagrams = Path.Combine(demo.OutDir, "diagrams");
        SampleDiagrams.Check(diagrams, demo.Graph);
        var again = Path.Combine(demo.OutDir, "again");
        var manifest = Path.Combine(SampleDemo.SampleDir, "recordings", NetMapper.Lab.LabManifest.FileName);
        var network = NetMapper.Lab.LabManifest.Load(manifest).Network;

        var drawn = await CliRunner.RunAsync("diagram", "--db", demo.Db, "--out", again, "--view", "physical", "--format", "svg",
            "--zones", SampleDemo.ZonesFile, "--org", network);

        Assert.True(drawn.Exit == 0, drawn.Err);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(diagrams, "netmapper-physical-scan1.svg"), Token),
            await File.ReadAllTextAsync(Path.Combine(again, "netmapper-physical-scan1.svg"), Token));
    }

    [Theory]
    [InlineData("physical")]
    [InlineData("logical")]
    [InlineData("zones")]
    public async Task DrawIos_own_library_draws_the_demos_drawio_boxes_and_lines_where_its_svg_does(string view)
    {
        var diagrams = Path.Combine(demo.OutDir, "diagrams");
        var drawio = Path.Combine(diagrams, $"netmapper-{view}-scan1.drawio");

        var drawn = await DrawioGeometry.ReadAsync(drawio);

        var pages = XDocument.Load(drawio).Descendants("diagram").ToArray();
        var svgs = Directory.GetFiles(diagrams, $"netmapper-{view}-scan1*.svg").Select(f => XDocument.Load(f)).ToArray();
        Assert.Equal(pages.Length, svgs.Length);
        // the zone pages' SVGs are a file per zone: each draw.io page goes with the SVG that draws the same boxes
        XDocument SvgOf(XElement page) => svgs.Single(svg => Ids(svg, "data-node").SetEquals(Ids(page, "netmapper-id")));
        Assert.Empty(pages.SelectMany((page, i) => DrawioGeometry.Differences(page, drawn[i], SvgOf(page))));
    }

    private static HashSet<string> Ids(XContainer drawing, string attribute) =>
        drawing.Descendants().Where(e => (string?)e.Attribute("kind") != "link").Select(e => (string?)e.Attribute(attribute))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("netmapper-physical-scan1.svg")]
    [InlineData("netmapper-zones-scan1-lines.svg")]
    public void The_lines_to_the_exchanges_run_to_labelled_clouds_the_backup_carrier_dashed(string file)
    {
        var svg = XDocument.Load(Path.Combine(demo.OutDir, "diagrams", file));

        var clouds = svg.Descendants().Where(e => (string?)e.Attribute("data-kind") == "Cloud")
            .Select(e => (string)e.Attribute("data-node")!).ToArray();
        Assert.Contains("carrier:172.20.0.0/16", clouds);
        Assert.Contains("carrier:172.21.0.0/16", clouds);
        foreach (var exchange in new[] { "carrier:172.20.0.0/16", "carrier:172.21.0.0/16" })
        {
            var lines = svg.Descendants().Where(e => (string?)e.Attribute("data-to") == exchange).ToArray();
            // the dedicated line solid and labelled 主線, the second carrier's line dashed and labelled 備援
            Assert.Equal([false, true], lines.Select(Dashed).Order());
            var roles = lines.Select(l => l.Value.Contains("備援", StringComparison.Ordinal) ? "備援" : "主線");
            Assert.Equal(["主線", "備援"], roles.Order());
        }
    }

    [Fact]
    public void The_internet_lines_run_to_the_internet_cloud_the_higher_metric_carrier_dashed_as_the_backup()
    {
        var svg = XDocument.Load(Path.Combine(demo.OutDir, "diagrams", "netmapper-physical-scan1.svg"));

        var cloud = svg.Descendants().Single(e => (string?)e.Attribute("data-node") == "carrier:0.0.0.0/0");
        Assert.Contains("網際網路", cloud.Value, StringComparison.Ordinal);
        Assert.Contains("hinet-pe", cloud.Value, StringComparison.Ordinal);
        Assert.Contains("tfn-pe", cloud.Value, StringComparison.Ordinal);
        var lines = svg.Descendants().Where(e => (string?)e.Attribute("data-to") == "carrier:0.0.0.0/0").ToArray();
        // edge-rtr2's default route over the second carrier has metric 100 (network.yaml): the backup
        Assert.Equal([false, true], lines.Select(Dashed).Order());
    }

    private static bool Dashed(XElement line) => line.Descendants().Any(e => e.Attribute("stroke-dasharray") is not null);

    [Fact]
    public void The_demo_prints_every_page_of_every_view_with_names_at_8_pt_labels_at_6_pt_and_vlans_apart()
    {
        var diagrams = Path.Combine(demo.OutDir, "diagrams");

        SamplePrint.Check(diagrams);
        // the zone pages show devices of other zones, each explained in the legend
        var production = System.Xml.Linq.XElement.Load(Path.Combine(diagrams, "netmapper-zones-scan1-production.svg"));
        Assert.Contains(production.Descendants(), e => (string?)e.Attribute("data-legend-item") == "other-zone");
    }

    [Fact]
    public async Task A_fitted_page_prints_each_drawing_on_one_page_of_its_own_size()
    {
        var fitted = Path.Combine(demo.OutDir, "fitted");

        var drawn = await CliRunner.RunAsync("diagram", "--db", demo.Db, "--out", fitted, "--view", "physical", "--format", "pdf,png",
            "--zones", SampleDemo.ZonesFile, "--page", "fit", "--dpi", "96");

        Assert.True(drawn.Exit == 0, drawn.Err);
        var page = Assert.Single(PrintChecks.PdfPageSizes(Path.Combine(fitted, "netmapper-physical-scan1.pdf")));
        Assert.True(page.Width > NetMapper.Diagrams.PaperSheet.Of(NetMapper.Diagrams.PaperSize.A3).Long, $"{page}");
    }

    [Theory]
    [InlineData("--page", "B5", "netmapper: --page 'B5' is not one of A4, A3, A2, A1, A0, Fit")]
    [InlineData("--dpi", "10", "netmapper: --dpi 10 must be 72-600")]
    public async Task A_paper_or_resolution_that_does_not_exist_is_one_line_and_exit_2(string option, string value, string message)
    {
        var refused = await CliRunner.RunAsync("diagram", "--db", demo.Db, "--out", Path.Combine(demo.OutDir, "refused"), option, value);

        Assert.Equal((2, message), (refused.Exit, refused.Err.Trim()));
    }

    [Fact]
    public async Task A_view_that_does_not_exist_is_one_line_and_exit_2()
    {
        var again = Path.Combine(demo.OutDir, "again");

        var badView = await CliRunner.RunAsync("diagram", "--db", demo.Db, "--out", again, "--view", "galaxy");

        Assert.Equal((2, "netmapper: --view 'galaxy' is not one of physical, logical, zones"), (badView.Exit, badView.Err.Trim()));
    }
}
