using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The demo's lifecycle outputs (Art. 6), judged as of a fixed date: the sample's designed end-of-life devices come out
/// as topology-samples/README.md's lifecycle table says, the plan is written in Traditional Chinese, and the physical
/// diagram carries the badges with their dates.
/// </summary>
[Collection(SampleDemo.Collection)]
public sealed class SampleLifecycleTests(SampleDemo demo)
{
    private const string AsOf = SampleDemo.AsOf;

    [Fact]
    public async Task The_designed_end_of_life_devices_have_the_status_the_readme_lists()
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", "lifecycle", "--db", demo.Db, "--as-of", AsOf, "--json");
        Assert.True(exit == 0, error);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var readme = MarkdownTables.Read(Path.Combine(RepoPaths.Root, "topology-samples", "README.md"))
            .Single(t => t.Header[0] == "lifecycle device");

        foreach (var expected in readme.Rows)
        {
            var row = Assert.Single(rows, r => r.GetProperty("name").GetString() == expected[0]
                && r.GetProperty("component").GetString() == expected[1]);
            string supportEnds = row.GetProperty("unsupportedOn").GetString() ?? "";
            string matchedBy = row.GetProperty("matchedBy").GetString() ?? "";
            Assert.Equal(string.Join(" | ", expected), string.Join(" | ", expected[0], expected[1],
                row.GetProperty("status").GetString(), supportEnds, matchedBy));
        }
    }

    [Fact]
    public async Task Every_unknown_row_gives_its_reason_and_every_match_its_evidence_and_source()
    {
        var (_, output, _) = await CliRunner.RunAsync("show", "lifecycle", "--db", demo.Db, "--as-of", AsOf, "--json");
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

        Assert.All(rows.Where(r => r.GetProperty("status").GetString() == "unknown"),
            r => Assert.NotEqual("", r.GetProperty("reason").GetString()));
        Assert.All(rows.Where(r => r.GetProperty("matchedBy").ValueKind != JsonValueKind.Null), r =>
        {
            Assert.Contains("built-in ", r.GetProperty("evidence").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("http", r.GetProperty("source").GetString()!.Split(' ')[^1], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_demo_writes_the_plan_in_chinese_with_a_summary()
    {
        string dir = Path.Combine(demo.OutDir, "lifecycle");
        Assert.True(File.Exists(Path.Combine(dir, "netmapper-lifecycle-scan1.xlsx")));
        var plan = File.ReadAllLines(Path.Combine(dir, "netmapper-lifecycle-scan1-lifecycle-plan.csv"));

        Assert.StartsWith("優先順序,區域,角色,名稱", plan[0], StringComparison.Ordinal);
        Assert.Contains(plan, line => line.StartsWith("2,", StringComparison.Ordinal) && line.Contains(",ut-sw1,", StringComparison.Ordinal)
            && line.Contains(",機箱,", StringComparison.Ordinal) && line.Contains(",已終止支援,", StringComparison.Ordinal)
            && line.Contains(",2019-10-31,", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Skip(1), line => line.Contains("endOfSupport", StringComparison.Ordinal));
        var summary = File.ReadAllLines(Path.Combine(dir, "netmapper-lifecycle-scan1-lifecycle-summary.csv"));
        Assert.StartsWith("全部區域,", summary[^1], StringComparison.Ordinal);
        Assert.Contains("lifecycle: ", demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_physical_diagram_badges_the_devices_past_and_near_end_of_support_with_their_dates()
    {
        var svg = System.Xml.Linq.XDocument.Load(Path.Combine(demo.OutDir, "diagrams", "netmapper-physical-scan1.svg"));
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var badges = svg.Descendants(ns + "g")
            .Where(g => g.Attribute("data-lifecycle") is not null && g.Parent?.Attribute("data-node") is not null)
            .ToDictionary(g => g.Parent!.Elements(ns + "text").First().Value, g => (g.Attribute("data-lifecycle")!.Value, g.Value));

        Assert.Equal(("PastEndOfSupport", "EOLEoS 2019-10-31"), badges["ut-sw1"]);
        Assert.Equal(("PastEndOfSupport", "EOLEoS 2023-09-28"), badges["fw-ext1"]);
        Assert.Equal(("WithinHorizon", "!EoS 2027-10-31"), badges["uat-sw1"]);
        Assert.False(badges.ContainsKey("vpn-fw1"), "no catalog entry: no badge");
        var utBox = svg.Descendants(ns + "g").Single(g => g.Elements(ns + "text").FirstOrDefault()?.Value == "ut-sw1");
        Assert.Contains(utBox.Elements(ns + "text"), t => t.Value == "EoS 2019-10-31");
    }
}

/// <summary>The lifecycle commands' options and inputs: user catalogs layered over the built-in one, and bad input.</summary>
[Collection(SampleDemo.Collection)]
public sealed class LifecycleCommandTests(SampleDemo demo)
{
    [Fact]
    public async Task A_user_catalog_supplies_what_the_built_in_one_lacks()
    {
        string file = Path.Combine(demo.OutDir, "asa.yaml");
        await File.WriteAllTextAsync(file, "format: netmapper-lifecycle/1\nvendor: Cisco\nhardware:\n  - id: my-asa5510\n"
            + "    products: [ASA5510]\n    milestones: {lastDateOfSupport: 2018-09-30}\n"
            + "    source: {url: \"https://intranet.example/asa\"}\n",
            TestContext.Current.CancellationToken);

        var (exit, output, error) = await CliRunner.RunAsync("show", "lifecycle", "--db", demo.Db, "--as-of", "2026-12-01",
            "--catalog", file, "--json");

        Assert.True(exit == 0, error);
        var row = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "vpn-fw1" && r.GetProperty("component").GetString() == "chassis");
        Assert.Equal(("endOfSupport", "2018-09-30", "productId", 1),
            (row.GetProperty("status").GetString(), row.GetProperty("unsupportedOn").GetString(), row.GetProperty("matchedBy").GetString(),
                row.GetProperty("priority").GetInt32()));
        Assert.Contains(file, row.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "31/12/2026", "netmapper: --as-of '31/12/2026' is not a date (YYYY-MM-DD)")]
    [InlineData("--horizon", "forever", "netmapper: --horizon 'forever' must be months or years from 1m to 10y (12m, 18m, 2y)")]
    [InlineData("--unsupported-at", "soon", "netmapper: --unsupported-at 'soon' must be one of")]
    [InlineData("--catalog", "/nonexistent/mine.yaml", "netmapper: catalog '/nonexistent/mine.yaml' cannot be read: it does not exist")]
    public async Task Bad_options_give_one_line_naming_the_input(string option, string value, string message)
    {
        var (exit, _, error) = await CliRunner.RunAsync("lifecycle", "plan", "--db", demo.Db, "--out", demo.OutDir, option, value);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_catalog_with_mistakes_is_refused_with_file_line_and_field()
    {
        string file = Path.Combine(demo.OutDir, "bad.yaml");
        await File.WriteAllTextAsync(file, "format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    products: [A]\n"
            + "    milestones: {endOfSale: soon}\n", TestContext.Current.CancellationToken);

        var (plan, _, planError) = await CliRunner.RunAsync("lifecycle", "plan", "--db", demo.Db, "--out", demo.OutDir, "--catalog", file);
        var (check, _, checkError) = await CliRunner.RunAsync("lifecycle", "catalog", "check", file);

        Assert.Equal((2, 1), (plan, check));
        string problem = $"{file}:6: hardware[0].milestones.endOfSale: 'soon' is neither YYYY-MM-DD nor notAnnounced";
        Assert.Equal("netmapper: " + problem, planError.TrimEnd());
        Assert.Equal(problem, checkError.TrimEnd());
    }

    [Fact]
    public async Task The_plan_in_english_has_english_headers_and_values()
    {
        string dir = Path.Combine(demo.OutDir, "plan-en");
        var (exit, _, error) = await CliRunner.RunAsync("lifecycle", "plan", "--db", demo.Db, "--out", dir, "--format", "csv",
            "--lang", "en", "--as-of", "2026-12-01");

        Assert.True(exit == 0, error);
        var plan = File.ReadAllLines(Path.Combine(dir, "netmapper-lifecycle-scan1-lifecycle-plan.csv"));
        Assert.StartsWith("Priority,Zone,Role,Name,\"Management IP\",Component,Vendor,Product", plan[0], StringComparison.Ordinal);
        Assert.Contains(plan, l => l.Contains(",ut-sw1,", StringComparison.Ordinal)
            && l.Contains("\"end of support\"", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(dir, "netmapper-lifecycle-scan1.xlsx")));
    }

    [Fact]
    public async Task Cisco_eox_pages_import_into_a_catalog_that_checks_clean()
    {
        Requires.Corpus();
        string samples = Path.Combine(RepoPaths.Shared, "lifecycle", "cisco-eox-samples");
        string output = Path.Combine(demo.OutDir, "eox.yaml");

        var (exit, stdout, error) = await CliRunner.RunAsync("lifecycle", "import", "--from", "cisco-eox",
            Path.Combine(samples, "cisco_eox_response_page_1_of_2.json"), Path.Combine(samples, "cisco_eox_response_page_2_of_2.json"),
            Path.Combine(samples, "cisco_eox_error_response.json"), "--out", output);
        var (check, checkOut, _) = await CliRunner.RunAsync("lifecycle", "catalog", "check", output);

        Assert.True(exit == 0, error);
        Assert.Contains("record skipped: Cisco reports error", error, StringComparison.Ordinal);
        Assert.Equal($"{output}: 3 hardware and 0 software entries", stdout.TrimEnd());
        Assert.Equal((0, $"{output}: ok, 3 hardware and 0 software entries"), (check, checkOut.TrimEnd()));
    }
}
