using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The demo's lifecycle outputs (Art. 6), judged as of a fixed date: the sample's designed end-of-life devices come out
/// as topology-samples/README.md's lifecycle table says, the plan is written in Traditional Chinese, and the physical
/// diagram carries the badges with their dates.
/// </summary>
public sealed class SampleLifecycleTests(SampleLifecycleTests.Demo demo) : IClassFixture<SampleLifecycleTests.Demo>
{
    private const string AsOf = "2026-12-01";

    public sealed class Demo : IAsyncLifetime
    {
        public string OutDir { get; } = Directory.CreateTempSubdirectory("netmapper-lifecycle-").FullName;
        public string Db => Path.Combine(OutDir, "netmapper.db");
        public string Output { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            var (exit, output, error) = await CliRunner.RunAsync(CancellationToken.None, "demo", "--out", OutDir, "--as-of", AsOf);
            Assert.True(exit == 0, error + output);
            Output = output;
        }

        public ValueTask DisposeAsync()
        {
            Directory.Delete(OutDir, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

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
        var badges = svg.Descendants(ns + "g").Where(g => g.Attribute("data-lifecycle") is not null && g.Parent?.Attribute("data-node") is not null)
            .ToDictionary(g => g.Parent!.Elements(ns + "text").First().Value, g => (g.Attribute("data-lifecycle")!.Value, g.Value));

        Assert.Equal(("PastEndOfSupport", "EOLEoS 2019-10-31"), badges["ut-sw1"]);
        Assert.Equal(("PastEndOfSupport", "EOLEoS 2023-09-28"), badges["fw-ext1"]);
        Assert.Equal(("WithinHorizon", "!EoS 2027-10-31"), badges["uat-sw1"]);
        Assert.False(badges.ContainsKey("vpn-fw1"), "no catalog entry: no badge");
        var utBox = svg.Descendants(ns + "g").Single(g => g.Elements(ns + "text").FirstOrDefault()?.Value == "ut-sw1");
        Assert.Contains(utBox.Elements(ns + "text"), t => t.Value == "EoS 2019-10-31");
    }
}
