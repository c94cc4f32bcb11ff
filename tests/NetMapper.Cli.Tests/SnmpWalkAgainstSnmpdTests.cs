namespace NetMapper.Cli.Tests;

/// <summary><c>netmapper snmp walk</c> against Debian's snmpd returns what net-snmp's snmpbulkwalk returns.</summary>
public class SnmpWalkAgainstSnmpdTests(SnmpdFixture snmpd) : IClassFixture<SnmpdFixture>
{
    // Subtrees whose rows do not come and go while the test runs (process and socket tables do).
    private static readonly string[] Subtrees = ["1.3.6.1.2.1.1", "1.3.6.1.2.1.2", "1.3.6.1.2.1.4", "1.3.6.1.2.1.31", "1.3.6.1.6.3"];

    public static TheoryData<string> Credentials()
    {
        var data = new TheoryData<string> { "v2c" };
        foreach (var (user, _, _) in SnmpdAgent.Users) data.Add(user);
        return data;
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Walk_Returns_The_Same_Oids_And_Values_As_Snmpbulkwalk(string credential)
    {
        Requires.Tool("snmpd");
        Requires.Tool("snmpbulkwalk");
        var agent = await snmpd.Agent;
        var (ours, theirs) = credential == "v2c"
            ? (new[] { "-v", "2c", "-c", SnmpdAgent.Community }, new[] { "-v2c", "-c", SnmpdAgent.Community })
            : V3Arguments(credential);

        foreach (var subtree in Subtrees)
        {
            var reference = await NetSnmpTools.BulkWalkAsync(agent.Address, theirs, subtree);
            var (exit, output, error) = await CliRunner.RunAsync(["snmp", "walk", .. ours, "--json", agent.Address, subtree]);
            Assert.True(exit == 0, error);
            var walked = ComparableVarbind.ParseNetMapperJson(output);

            Assert.NotEmpty(reference);
            Assert.Equal(reference.Select(v => (v.Oid, v.Type)), walked.Select(v => (v.Oid, v.Type)));
            Assert.Equal(reference.Where(v => !v.IsVolatile), walked.Where(v => !v.IsVolatile));
        }
    }

    private static (string[] Ours, string[] Theirs) V3Arguments(string user)
    {
        var (_, auth, priv) = SnmpdAgent.Users.Single(u => u.User == user);
        string[] common = ["-u", user, "-a", auth, "-A", SnmpdAgent.AuthPass];
        string[] privacy = priv == "none" ? ["-l", "authNoPriv"] : ["-l", "authPriv", "-x", priv, "-X", SnmpdAgent.PrivPass];
        return ([.. new[] { "-v", "3" }, .. common, .. privacy], [.. new[] { "-v3" }, .. common, .. privacy]);
    }

    [Fact]
    public async Task Wrong_Credentials_Give_One_Clear_Line_And_A_Non_Zero_Exit()
    {
        Requires.Tool("snmpd");
        var agent = await snmpd.Agent;
        var (exit, output, error) = await CliRunner.RunAsync("snmp", "get", "-v", "3", "-u", "md5des",
            "-a", "MD5", "-A", "not-the-pass", "-x", "DES", "-X", SnmpdAgent.PrivPass,
            agent.Address, "1.3.6.1.2.1.1.5.0");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("authentication failed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-pass", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Next_And_Bulk_Print_Net_Snmp_Lines()
    {
        Requires.Tool("snmpd");
        var agent = await snmpd.Agent;
        var get = await CliRunner.RunAsync("snmp", "get", "-c", SnmpdAgent.Community, agent.Address, "1.3.6.1.2.1.1.5.0");
        Assert.Equal((0, ".1.3.6.1.2.1.1.5.0 = STRING: \"netmapper-snmpd\""), (get.Exit, get.Out.Trim()));
        var next = await CliRunner.RunAsync("snmp", "next", "-c", SnmpdAgent.Community, agent.Address, "1.3.6.1.2.1.1.5");
        Assert.StartsWith(".1.3.6.1.2.1.1.5.0 = STRING:", next.Out, StringComparison.Ordinal);
        var bulk = await CliRunner.RunAsync("snmp", "bulk", "-c", SnmpdAgent.Community, "-Cr", "3", agent.Address, "1.3.6.1.2.1.1");
        Assert.Equal(3, bulk.Out.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task A_Pasted_Net_Snmp_Command_Line_With_Glued_Options_Works()
    {
        Requires.Tool("snmpd");
        var agent = await snmpd.Agent;
        string[] glued = ["-v2c", "-c" + SnmpdAgent.Community, "-Cr3", "-r2", "-t5"];
        var walk = await CliRunner.RunAsync(["snmp", "walk", .. glued, agent.Address, "1.3.6.1.2.1.1"]);
        var spaced = await CliRunner.RunAsync("snmp", "walk", "-c", SnmpdAgent.Community, agent.Address, "1.3.6.1.2.1.1");
        Assert.True(walk.Exit == 0, walk.Err);
        Assert.Equal(spaced.Out.Split('\n').Length, walk.Out.Split('\n').Length);
        var bulk = await CliRunner.RunAsync(["snmp", "bulk", .. glued, agent.Address, "1.3.6.1.2.1.1"]);
        Assert.Equal(3, bulk.Out.Trim().Split('\n').Length);
    }
}
