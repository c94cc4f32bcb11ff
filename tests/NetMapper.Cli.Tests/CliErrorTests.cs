namespace NetMapper.Cli.Tests;

/// <summary>Bad input gets one line naming the input and what is wrong, never a stack trace.</summary>
public class CliErrorTests
{
    [Theory]
    [InlineData("1.3.x", "bad OID '1.3.x'")]
    [InlineData("9.1", "bad OID '9.1'")]
    public async Task A_Bad_Oid_Is_Named(string oid, string expected)
    {
        var (exit, _, error) = await CliRunner.RunAsync("snmp", "get", "127.0.0.1:1", oid);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "-v", "4" }, "-v 4")]
    [InlineData(new[] { "-v", "3" }, "-u")]
    [InlineData(new[] { "-v", "3", "-u", "admin", "-l", "authPriv", "-A", "authpass1" }, "-X")]
    [InlineData(new[] { "-v", "3", "-u", "admin", "-a", "SHA3", "-A", "authpass1" }, "SHA3")]
    [InlineData(new[] { "-c", "env:NETMAPPER_TEST_UNSET_VARIABLE" }, "NETMAPPER_TEST_UNSET_VARIABLE")]
    [InlineData(new[] { "-t", "0" }, "-t 0")]
    [InlineData(new[] { "-p", "70000" }, "-p 70000")]
    public async Task Bad_Options_Are_Named_With_Exit_Code_2(string[] options, string expected)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["snmp", "get", .. options, "127.0.0.1", "1.3.6.1.2.1.1.1.0"]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Agent_That_Does_Not_Answer_Times_Out_With_One_Line()
    {
        int port = FreePort.Udp(); // nothing listens there
        var (exit, _, error) = await CliRunner.RunAsync("snmp", "get", "-t", "0.2", "-r", "1", $"127.0.0.1:{port}", "1.3.6.1.2.1.1.1.0");
        Assert.Equal(1, exit);
        Assert.Equal($"netmapper: no answer from 127.0.0.1:{port} (2 tries, 0.2 s each)", error.Trim());
    }

    [Fact]
    public async Task A_Secret_Read_From_The_Environment_Is_Used_And_Not_Printed()
    {
        Environment.SetEnvironmentVariable("NETMAPPER_TEST_COMMUNITY", "s3cret-community");
        int port = FreePort.Udp();
        var (exit, _, error) = await CliRunner.RunAsync("snmp", "get", "-c", "env:NETMAPPER_TEST_COMMUNITY", "-t", "0.1", "-r", "0",
            $"127.0.0.1:{port}", "1.3.6.1.2.1.1.1.0");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("s3cret", error, StringComparison.Ordinal);
    }
}
