using System.Security.Cryptography;
using NetMapper.Storage;

namespace NetMapper.Cli.Tests;

/// <summary>
/// Read-only commands on good, truncated and empty databases: one line naming the file and what is wrong, the exit code
/// of the error model, and not one byte of the file changed.
/// </summary>
[Collection(SampleDemo.Collection)]
public sealed class StoredScanFailureTests(SampleDemo demo)
{
    private static readonly string[][] ReadOnlyCommands =
    [
        ["scans"], ["show", "devices"], ["show", "zones"], ["show", "lifecycle"],
        ["report", "--out", Path.Combine(Path.GetTempPath(), $"netmapper-read-only-report-{Environment.ProcessId}.html")],
    ];

    private string Copy(string name, Func<byte[], byte[]> change)
    {
        string path = Path.Combine(demo.OutDir, name);
        File.WriteAllBytes(path, change(File.ReadAllBytes(demo.Db)));
        return path;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task Read_only_commands_never_change_a_good_database()
    {
        string db = Copy("good.db", bytes => bytes);
        string before = Hash(db);
        foreach (var command in ReadOnlyCommands)
        {
            var (exit, _, error) = await CliRunner.RunAsync([.. command, "--db", db]);
            Assert.True(exit == 0, $"{string.Join(' ', command)}: {error}");
        }
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task A_truncated_database_is_reported_as_damaged_and_left_as_it_was()
    {
        string db = Copy("truncated.db", bytes => bytes[..(bytes.Length * 2 / 3)]);
        string before = Hash(db);

        foreach (var command in ReadOnlyCommands)
        {
            var (exit, _, error) = await CliRunner.RunAsync([.. command, "--db", db]);
            Assert.Equal(1, exit);
            Assert.StartsWith($"netmapper: '{db}' is damaged", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        }
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task An_empty_file_is_not_a_database_and_stays_empty()
    {
        string db = Copy("empty.db", _ => []);

        var (exit, _, error) = await CliRunner.RunAsync("show", "devices", "--db", db);

        Assert.Equal(2, exit);
        Assert.Equal($"netmapper: '{db}' is empty: not a NetMapper scan database; it was left untouched", error.TrimEnd());
        Assert.Equal(0, new FileInfo(db).Length);
    }

    [Fact]
    public async Task A_scan_that_does_not_exist_is_named()
    {
        var (exit, _, error) = await CliRunner.RunAsync("show", "devices", "--db", demo.Db, "--scan", "99");

        Assert.Equal(2, exit);
        Assert.Equal($"netmapper: '{demo.Db}' has no scan 99 (see '{Common.SelfCommand.Name} scans --db {demo.Db}')", error.TrimEnd());
    }

    [Theory]
    [InlineData("records")]
    [InlineData("diagram")]
    [InlineData("report")]
    public async Task A_database_without_scans_says_so(string command)
    {
        string db = Path.Combine(demo.OutDir, $"no-scans-{command}.db");
        ScanStore.Open(db).Dispose();

        var (exit, _, error) = await CliRunner.RunAsync(command, "--db", db, "--out", Path.Combine(demo.OutDir, "out-" + command));

        Assert.Equal(2, exit);
        Assert.Equal($"netmapper: '{db}' holds no scans yet", error.TrimEnd());
    }

    [Theory]
    [InlineData("records")]
    [InlineData("diagram")]
    [InlineData("lifecycle plan")]
    public async Task An_output_path_that_is_a_file_or_cannot_be_written_is_named(string command)
    {
        string[] words = command.Split(' ');
        var (fileExit, _, fileError) = await CliRunner.RunAsync([.. words, "--db", demo.Db, "--out", demo.Db]);
        // /sys is read-only for root too: the folder cannot be created.
        var (sysExit, _, sysError) = await CliRunner.RunAsync([.. words, "--db", demo.Db, "--out", "/sys/netmapper-test-out"]);

        Assert.Equal((2, $"netmapper: --out '{demo.Db}' is a file; give a folder"), (fileExit, fileError.TrimEnd()));
        Assert.Equal(3, sysExit);
        Assert.StartsWith("netmapper: --out '/sys/netmapper-test-out' cannot be written: ", sysError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "show", "devicez", "--db", "x" },
        "netmapper: 'devicez' is not a command or option of 'netmapper show'; commands: devices, links, hosts, subnets, vlans, routes, "
        + "zones, lifecycle (see 'netmapper show --help')")]
    [InlineData(new[] { "scan", "--timeout", "abc" }, "netmapper: --timeout 'abc' is not a valid number (see 'netmapper scan --help')")]
    [InlineData(new[] { "show" }, "netmapper: 'netmapper show' needs a command: devices, links, hosts, subnets, vlans, routes, zones, "
        + "lifecycle (see 'netmapper show --help')")]
    public async Task A_command_line_that_does_not_parse_gives_one_line_and_exit_2(string[] args, string expected)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        // The hints name the command as it can be typed here (an installed tool, or dotnet with the built assembly).
        Assert.Equal(expected.Replace("'netmapper ", $"'{Common.SelfCommand.Name} ", StringComparison.Ordinal), error.TrimEnd());
    }

    [Fact]
    public async Task A_misspelt_zone_policy_key_is_named_with_the_known_keys()
    {
        string zones = Path.Combine(demo.OutDir, "misspelt-zones.yaml");
        await File.WriteAllTextAsync(zones, "zones:\n  - id: dmz\n    colour: \"#ffffff\"\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await CliRunner.RunAsync("show", "zones", "--db", demo.Db, "--zones", zones);

        Assert.Equal(2, exit);
        Assert.Equal($"netmapper: {zones}:3: zone 'dmz'.colour: unknown key; known keys: id, name, purpose, color, trust, subnets, "
            + "vlans, vlanNames, devices, segments", error.TrimEnd());
    }

    [Fact]
    public async Task Tables_spell_values_as_the_json_does()
    {
        var (_, output, _) = await CliRunner.RunAsync("show", "devices", "--db", demo.Db);

        Assert.Contains("l3Switch", output, StringComparison.Ordinal);
        Assert.DoesNotContain("L3Switch", output, StringComparison.Ordinal);
        Assert.Contains("(complete)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_that_is_not_a_terminal_is_never_wrapped()
    {
        string zones = Path.Combine(RepoPaths.Root, "topology-samples", "securities-hq", "zones.yaml");
        var (_, output, _) = await CliRunner.RunAsync("show", "zones", "--db", demo.Db, "--zones", zones);

        // The longest finding is well over 200 characters: it stays on one line.
        Assert.Contains(output.Split('\n'), line => line.Length > 200 && line.StartsWith("  problem: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_interrupted_demo_exits_130_and_writes_evidence_only_when_asked_marked_incomplete()
    {
        string dir = Path.Combine(demo.OutDir, "interrupted");
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();

        var (exit, output, error) = await CliRunner.RunAsync(interrupt.Token, "demo", "--out", dir);

        Assert.True(exit == 130, error + output);
        Assert.Contains("Scan 1 is incomplete: no records, plan or diagrams were written", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "records")));
        Assert.False(Directory.Exists(Path.Combine(dir, "diagrams")));

        string db = Path.Combine(dir, "netmapper.db");
        var (records, _, recordsError) = await CliRunner.RunAsync("records", "--db", db, "--out", Path.Combine(dir, "records"),
            "--format", "csv");
        var (diagram, _, diagramError) = await CliRunner.RunAsync("diagram", "--db", db, "--out", Path.Combine(dir, "diagrams"),
            "--view", "physical", "--format", "svg");
        Assert.True(records == 0, recordsError);
        Assert.True(diagram == 0, diagramError);
        var scanSheet = File.ReadAllText(Path.Combine(dir, "records", "netmapper-records-scan1-scan.csv"));
        Assert.Contains("未完成：掃描於結束前中止", scanSheet, StringComparison.Ordinal);
        var physical = File.ReadAllText(Path.Combine(dir, "diagrams", "netmapper-physical-scan1.svg"));
        Assert.Contains("掃描未完成", physical, StringComparison.Ordinal);
    }
}
