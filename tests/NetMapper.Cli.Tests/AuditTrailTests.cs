using NetMapper.Cli.Common;

namespace NetMapper.Cli.Tests;

public class AuditTrailTests
{
    [Fact]
    public void The_audited_command_line_masks_every_secret_written_in_clear_and_keeps_references()
    {
        var result = NetMapperCommand.Build().Parse(["scan", "--seed", "10.1.255.1", "--community", "s3cret", "--community",
            "env:NM_RO", "--v3-user", "netops:SHA-256:authpass1:AES:privpass1"]);

        string line = AuditTrail.CommandLine(result);

        Assert.Equal("netmapper scan --seed 10.1.255.1 --community *** --community env:NM_RO --v3-user netops:***", line);
        Assert.DoesNotContain("s3cret", line, StringComparison.Ordinal);
        Assert.DoesNotContain("authpass1", line, StringComparison.Ordinal);
    }
}

public class PruneCommandTests
{
    [Fact]
    public async Task A_retention_under_six_months_is_refused_without_force()
    {
        string db = Path.Combine(Directory.CreateTempSubdirectory("netmapper-prune-").FullName, "netmapper.db");
        NetMapper.Storage.ScanStore.Open(db).Dispose();
        var before = File.ReadAllBytes(db);

        var (exit, _, error) = await CliRunner.RunAsync("prune", "--db", db, "--keep", "3m");

        Assert.Equal(2, exit);
        Assert.Equal("netmapper: --keep 3m is under the 6 months Art. 11 asks logs to be kept; add --force to prune anyway", error.Trim());
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task Pruning_is_recorded_in_the_audit_log()
    {
        string db = Path.Combine(Directory.CreateTempSubdirectory("netmapper-prune-").FullName, "netmapper.db");
        NetMapper.Storage.ScanStore.Open(db).Dispose();

        var (exit, output, error) = await CliRunner.RunAsync("prune", "--db", db, "--keep", "6m");
        var (_, audit, _) = await CliRunner.RunAsync("audit", "--db", db, "--json");

        Assert.True(exit == 0, error);
        Assert.StartsWith("no scan started before ", output, StringComparison.Ordinal);
        Assert.Contains("\"command\": \"netmapper prune --db ", audit, StringComparison.Ordinal);
    }
}
