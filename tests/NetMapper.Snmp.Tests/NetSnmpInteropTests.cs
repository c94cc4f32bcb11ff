using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>Our agent against net-snmp's client, and our client against Debian's snmpsim, on the real device corpus.</summary>
public class NetSnmpInteropTests(CorpusAgentFixture ours, SnmpsimFixture snmpsim)
    : IClassFixture<CorpusAgentFixture>, IClassFixture<SnmpsimFixture>
{
    private static readonly string[] V3Args =
    [
        "-v3", "-u", SnmpsimAgent.User, "-l", "authPriv",
        "-a", "SHA", "-A", SnmpsimAgent.AuthPass, "-x", "AES", "-X", SnmpsimAgent.PrivPass,
    ];

    /// <summary>The characters Python's str.strip removes from Latin-1 text.</summary>
    private static readonly char[] PythonWhitespace = [' ', '\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0'];

    [Theory]
    [MemberData(nameof(CorpusRecordings.Names), MemberType = typeof(CorpusRecordings))]
    public async Task Snmpbulkwalk_Of_Our_Agent_Returns_Every_Valid_Oid_Of_The_Recording_V2c(string name)
    {
        CorpusRecordings.Require(name);
        Requires.Tool("snmpbulkwalk");
        var walked = await NetSnmpTools.BulkWalkAsync(ours.Address, ["-v2c", "-c", name], ".1");
        Assert.Equal(CorpusRecordings.Expected(name), walked);
    }

    [Theory]
    [MemberData(nameof(CorpusRecordings.Names), MemberType = typeof(CorpusRecordings))]
    public async Task Snmpbulkwalk_Of_Our_Agent_Returns_Every_Valid_Oid_Of_The_Recording_V3(string name)
    {
        CorpusRecordings.Require(name);
        Requires.Tool("snmpbulkwalk");
        var walked = await NetSnmpTools.BulkWalkAsync(ours.Address, [.. V3Args, "-n", name], ".1");
        Assert.Equal(CorpusRecordings.Expected(name), walked);
    }

    [Theory]
    [MemberData(nameof(CorpusRecordings.Names), MemberType = typeof(CorpusRecordings))]
    public async Task Our_Walk_Of_Snmpsim_Equals_Snmpbulkwalk_Of_Snmpsim_V2c(string name)
    {
        CorpusRecordings.Require(name);
        Requires.Tool("snmpbulkwalk");
        var agent = await snmpsim.Agent;
        var reference = await NetSnmpTools.BulkWalkAsync(agent.Address, ["-v2c", "-c", name], ".1");
        var ourWalk = await WalkAsync(new SnmpTarget(agent.EndPoint, CommunityCredentials.V2c(name)));
        Assert.Equal(reference, ourWalk);
        if (name != "nxos_n3k-3064pq") Assert.Equal(SnmpsimView(name), ourWalk); // snmpsim ends nxos at its '<private>' rows
    }

    [Theory]
    [InlineData("asa")]
    [InlineData("procurve")]
    [InlineData("routeros")]
    [InlineData("ios_c3560@10")]
    public async Task Our_Walk_Of_Snmpsim_Equals_Snmpbulkwalk_Of_Snmpsim_V3(string name)
    {
        CorpusRecordings.Require(name);
        Requires.Tool("snmpbulkwalk");
        var agent = await snmpsim.Agent;
        var reference = await NetSnmpTools.BulkWalkAsync(agent.Address, [.. V3Args, "-n", name], ".1");
        var credentials = new UsmCredentials(SnmpsimAgent.User,
            AuthProtocol.Sha1, new Secret(SnmpsimAgent.AuthPass), PrivProtocol.Aes128, new Secret(SnmpsimAgent.PrivPass));
        var ourWalk = await WalkAsync(new SnmpTarget(agent.EndPoint, credentials) { Context = name });
        Assert.Equal(reference, ourWalk);
        Assert.Equal(SnmpsimView(name), ourWalk);
    }

    /// <summary>What snmpsim serves of a recording: it strips each line (Python's str.strip on Latin-1 text) before
    /// splitting it, so plain values lose trailing blanks, which our agent keeps.</summary>
    private static List<ComparableVarbind> SnmpsimView(string name)
    {
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(RepoPaths.CorpusSnmprec, name + ".snmprec")));
        var stripped = string.Join('\n', text.Split('\n').Select(line => line.Trim(PythonWhitespace)));
        return Agent.SnmprecReader.Parse(stripped, name, name).Recording.Varbinds.Select(ComparableVarbind.From).ToList();
    }

    private static async Task<List<ComparableVarbind>> WalkAsync(SnmpTarget target)
    {
        await using var client = new SnmpClient();
        var patient = target with { Timeout = TimeSpan.FromSeconds(5), Retries = 2 };
        var walk = await client.WalkAsync(patient, Oid.Parse("1"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(walk.Succeeded, walk.Problem);
        return walk.Varbinds.Select(ComparableVarbind.From).ToList();
    }
}
