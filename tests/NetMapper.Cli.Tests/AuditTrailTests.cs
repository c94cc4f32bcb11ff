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
