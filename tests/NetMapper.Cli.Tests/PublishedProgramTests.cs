using System.Text.Json;
using static NetMapper.Cli.Tests.PublishedProgram;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The published Native AOT binary through every command family: what trimming or a missing source-generated contract
/// would break only shows when the binary itself runs. Each test skips without NETMAPPER_PUBLISHED_CLI (see .ci/run).
/// </summary>
public sealed class PublishedProgramTests : IDisposable
{
    private const string AuthKey = "published-auth-key-1", PrivKey = "published-priv-key-1";
    private readonly string dir = Directory.CreateTempSubdirectory("netmapper-published-").FullName;

    private string Db => Path.Combine(dir, "demo", "netmapper.db");
    private string AuditDb => Path.Combine(dir, "audit.db");

    [Fact]
    public async Task The_demo_writes_every_output_and_every_command_reads_its_database()
    {
        string demo = Path.Combine(dir, "demo");
        await OkAsync("demo", "--out", demo, "--as-of", SampleDemo.AsOf);
        await OkAsync("demo", "--out", demo, "--as-of", SampleDemo.AsOf);

        foreach (var pattern in new[] { "records/*.xlsx", "diagrams/*.pdf", "diagrams/*.png", "diagrams/*.svg", "report.html" })
            Assert.True(Directory.GetFiles(demo, pattern).Length > 0 || File.Exists(Path.Combine(demo, pattern)), pattern);
        Assert.Equal(2, (await JsonAsync("scans", "--db", Db)).GetArrayLength());
        foreach (var view in new[] { "devices", "links", "hosts", "subnets", "vlans", "routes" })
            Assert.True((await JsonAsync("show", view, "--db", Db)).GetArrayLength() > 0, view);
        Assert.Equal(JsonValueKind.Object, (await JsonAsync("show", "zones", "--db", Db)).ValueKind);
        await JsonAsync("show", "lifecycle", "--db", Db);
        Assert.Contains("intact", await OkAsync("verify", "--db", Db), StringComparison.Ordinal);
        Assert.True((await JsonAsync("audit", "--db", Db)).GetArrayLength() >= 2);
        Assert.Equal(1, (await JsonAsync("diff", "--db", Db, "--from", "1")).GetProperty("from").GetInt32());
        await OkAsync("records", "--db", Db, "--out", Path.Combine(dir, "records"), "--format", "xlsx");
        await OkAsync("diagram", "--db", Db, "--out", Path.Combine(dir, "diagrams"), "--format", "pdf");
        await OkAsync("report", "--db", Db, "--out", Path.Combine(dir, "report.html"));
        await OkAsync("lifecycle", "plan", "--db", Db, "--out", Path.Combine(dir, "plan"), "--as-of", SampleDemo.AsOf);
        var workbook = WorkbookXml.Read(Directory.GetFiles(Path.Combine(dir, "records"), "*.xlsx").Single());
        Assert.All(workbook.Sheets, sheet => Assert.NotEmpty(sheet.Cells));
        Assert.True(Directory.GetFiles(Path.Combine(dir, "diagrams"), "*.pdf").Length > 0);
    }

    [Fact]
    public async Task A_scan_and_a_refresh_from_scan_yaml_and_a_walk_reach_the_served_sample()
    {
        var (serve, port) = await ServeSampleAsync($"netops:SHA-256:{AuthKey}:AES:{PrivKey}");
        await using var _ = serve;
        string config = Path.Combine(dir, "scan.yaml");
        await File.WriteAllTextAsync(config, $"""
            seeds: [127.20.99.1]
            scope: [127.20.99.0/24]
            port: {port}
            credentials:
              - v3: {"{"}user: netops, auth: SHA-256, authKey: {AuthKey}, priv: AES, privKey: {PrivKey}{"}"}
              - community: public
            limits: {"{"}timeout: 1, retries: 1{"}"}
            db: {Path.Combine(dir, "scans.db")}
            """, TestContext.Current.CancellationToken);

        Assert.Contains("complete", await OkAsync("scan", "--config", config), StringComparison.Ordinal);
        await OkAsync("refresh", "--config", config, "--evidence", Path.Combine(dir, "evidence"), "--as-of", SampleDemo.AsOf);
        var walked = await JsonAsync("snmp", "walk", "-v", "3", "-u", "netops", "-l", "authPriv", "-a", "SHA-256", "-A", AuthKey,
            "-x", "AES", "-X", PrivKey, "-p", $"{port}", "127.20.99.1", "1.3.6.1.2.1.1");
        Assert.True(walked.GetArrayLength() > 3);
    }

    [Fact]
    public async Task Capture_credentials_lab_generate_and_the_catalog_check_work_offline()
    {
        string pcap = Path.Combine(RepoPaths.Corpus, "pcap", "tcpdump_LLDP_and_CDP.pcap");
        Requires.That(File.Exists(pcap), $"{pcap} is missing (the shared corpus)");
        Assert.True((await JsonAsync("capture", "neighbors", "--file", pcap)).GetArrayLength() > 0);

        string store = Path.Combine(dir, "credentials.json");
        var added = await RunAsync(["credentials", "add", "legacy-ro", "--secret-stdin", "--store", store, "--db", AuditDb], "public\n");
        Assert.True(added.Exit == 0, added.Err);
        var listed = await JsonAsync("credentials", "list", "--store", store);
        Assert.Equal("legacy-ro", listed[0].GetProperty("name").GetString());

        string network = Path.Combine(SampleDemo.SampleDir, "network.yaml");
        Assert.Contains("lab.yaml written", await OkAsync("lab", "generate", network, "--out", Path.Combine(dir, "lab")),
            StringComparison.Ordinal);
        string catalog = Path.Combine(dir, "catalog.yaml");
        await File.WriteAllTextAsync(catalog, "format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    products: [A]\n"
            + "    milestones: {endOfSale: 2027-01-31}\n", TestContext.Current.CancellationToken);
        await OkAsync("lifecycle", "catalog", "check", catalog);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_exit_2_and_one_line()
    {
        string[][] refused = [["scan", "--config", Path.Combine(dir, "none.yaml")], ["show", "vlans", "--scan", "x"]];
        foreach (var arguments in refused)
        {
            var (exit, _, error) = await RunAsync(arguments);
            Assert.Equal(2, exit);
            Assert.Single(error.Trim().Split('\n'));
        }
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
