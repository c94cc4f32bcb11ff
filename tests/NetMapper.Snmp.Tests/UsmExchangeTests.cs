using System.Net;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>Our client and our agent over real UDP on 127.0.0.1: every USM protocol pair, and each Report as a typed failure.</summary>
public class UsmExchangeTests
{
    private static readonly Oid SysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
    private static readonly Recording Device = new("dev", [new Varbind(SysDescr, OctetStringValue.FromText("simulated switch"))]);
    private static readonly Recording Vlan10 = new("dev@10", [new Varbind(Oid.Parse("1.3.6.1.2.1.17.1.4.1.2.1"), new IntegerValue(10101))]);

    public static TheoryData<AuthProtocol, PrivProtocol> ProtocolPairs()
    {
        var data = new TheoryData<AuthProtocol, PrivProtocol>();
        foreach (var auth in Enum.GetValues<AuthProtocol>().Where(a => a != AuthProtocol.None))
            foreach (var priv in Enum.GetValues<PrivProtocol>())
                data.Add(auth, priv);
        data.Add(AuthProtocol.None, PrivProtocol.None);
        return data;
    }

    private static UsmCredentials User(
        AuthProtocol auth, PrivProtocol priv, string authPass = "authpass1", string privPass = "privpass1")
    {
        Secret authSecret = auth == AuthProtocol.None ? default : new Secret(authPass);
        Secret privSecret = priv == PrivProtocol.None ? default : new Secret(privPass);
        return new("u", auth, authSecret, priv, privSecret);
    }

    private static RecordedAgent StartAgent(params UsmCredentials[] users) => RecordedAgent.Start(
    [
        new AgentEndpointSettings(new IPEndPoint(IPAddress.Loopback, 0),
            new Dictionary<string, Recording> { ["public"] = Device, ["public@10"] = Vlan10 },
            new Dictionary<string, Recording> { [""] = Device, ["vlan-10"] = Vlan10 }, users),
    ]);

    private static SnmpTarget Target(RecordedAgent agent, SnmpCredentials credentials) =>
        new(agent.EndPoints[0], credentials) { Timeout = TimeSpan.FromSeconds(1), Retries = 1 };

    [Theory]
    [MemberData(nameof(ProtocolPairs))]
    public async Task Every_Auth_And_Privacy_Protocol_Pair_Gets_An_Answer(AuthProtocol auth, PrivProtocol priv)
    {
        await using var agent = StartAgent(User(auth, priv));
        await using var client = new SnmpClient();
        var response = await client.GetAsync(Target(agent, User(auth, priv)), [SysDescr], TestContext.Current.CancellationToken);
        Assert.Equal(OctetStringValue.FromText("simulated switch"), response.Varbinds[0].Value);
    }

    [Fact]
    public async Task Contexts_Reach_Per_Vlan_Recordings_By_V3_Context_And_By_Community_Index()
    {
        var user = User(AuthProtocol.Sha256, PrivProtocol.Aes128);
        await using var agent = StartAgent(user);
        await using var client = new SnmpClient();
        var ct = TestContext.Current.CancellationToken;
        var bridgeMib = Oid.Parse("1.3.6.1.2.1.17");
        var communityVlan10 = Target(agent, CommunityCredentials.V2c("public")).InContext("10");
        var v3 = await client.WalkAsync(Target(agent, user).InContext("vlan-10"), bridgeMib, cancellationToken: ct);
        var v2c = await client.WalkAsync(communityVlan10, bridgeMib, cancellationToken: ct);
        Assert.Equal(new IntegerValue(10101), Assert.Single(v3.Varbinds).Value);
        Assert.Equal(v3.Varbinds, v2c.Varbinds);
    }

    [Theory]
    [InlineData("nobody", "authpass1", "privpass1", SnmpFailure.UnknownUser)]
    [InlineData("u", "wrongpass1", "privpass1", SnmpFailure.WrongDigest)]
    [InlineData("u", "authpass1", "wrongpass1", SnmpFailure.DecryptionError)]
    public async Task Wrong_Credentials_Come_Back_As_Typed_Failures(string name, string authPass, string privPass, SnmpFailure expected)
    {
        await using var agent = StartAgent(User(AuthProtocol.Sha1, PrivProtocol.Aes128));
        await using var client = new SnmpClient();
        var wrong = new UsmCredentials(name, AuthProtocol.Sha1, new Secret(authPass), PrivProtocol.Aes128, new Secret(privPass));
        var target = Target(agent, wrong);
        var e = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync(target, [SysDescr], TestContext.Current.CancellationToken));
        Assert.Equal(expected, e.Failure);
        Assert.DoesNotContain(authPass, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(privPass, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Lower_Security_Level_Than_The_User_Has_Is_Refused_As_Unsupported()
    {
        await using var agent = StartAgent(User(AuthProtocol.Sha1, PrivProtocol.Aes128));
        await using var client = new SnmpClient();
        var target = Target(agent, User(AuthProtocol.Sha1, PrivProtocol.None));
        var e = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync(target, [SysDescr], TestContext.Current.CancellationToken));
        Assert.Equal(SnmpFailure.UnsupportedSecurityLevel, e.Failure);
    }

    [Fact]
    public async Task An_Unknown_Context_Is_Reported()
    {
        var user = User(AuthProtocol.Md5, PrivProtocol.Des);
        await using var agent = StartAgent(user);
        await using var client = new SnmpClient();
        var target = Target(agent, user).InContext("vlan-99");
        var e = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync(target, [SysDescr], TestContext.Current.CancellationToken));
        Assert.Equal(SnmpFailure.UnknownContext, e.Failure);
    }

    [Fact]
    public async Task A_Stale_Clock_Is_Resynchronised_From_The_NotInTimeWindow_Report_And_The_Request_Retried()
    {
        var user = User(AuthProtocol.Sha256, PrivProtocol.Aes256);
        await using var agent = StartAgent(user);
        await using var client = new SnmpClient();
        var target = Target(agent, user);
        var ct = TestContext.Current.CancellationToken;
        await client.GetAsync(target, [SysDescr], ct);
        client.OverrideEngine(target.EndPoint, engine => engine with { Time = engine.Time + 10_000 });
        long sentBefore = client.Statistics.PacketsSent;

        var response = await client.GetAsync(target, [SysDescr], ct);

        Assert.Equal(OctetStringValue.FromText("simulated switch"), response.Varbinds[0].Value);
        Assert.Equal(2, client.Statistics.PacketsSent - sentBefore); // refused once, then answered
    }

    [Fact]
    public async Task An_Agent_That_Changed_Its_Engine_Id_Is_Rediscovered()
    {
        var user = User(AuthProtocol.Sha1, PrivProtocol.Aes128);
        await using var agent = StartAgent(user);
        await using var client = new SnmpClient();
        var target = Target(agent, user);
        var ct = TestContext.Current.CancellationToken;
        await client.GetAsync(target, [SysDescr], ct);
        client.OverrideEngine(target.EndPoint, engine => engine with { EngineId = [0x80, 0, 0, 0, 9, 9] });
        var response = await client.GetAsync(target, [SysDescr], ct);
        Assert.Equal(OctetStringValue.FromText("simulated switch"), response.Varbinds[0].Value);
    }

    [Fact]
    public async Task An_Agent_On_Ipv6_Loopback_Is_Reached_Over_Udp6()
    {
        var ipv6 = new AgentEndpointSettings(new IPEndPoint(IPAddress.IPv6Loopback, 0),
            new Dictionary<string, Recording> { ["public"] = Device },
            new Dictionary<string, Recording> { [""] = Device },
            [User(AuthProtocol.Sha512, PrivProtocol.Aes256)]);
        await using var agent = RecordedAgent.Start([ipv6]);
        await using var client = new SnmpClient();
        var ct = TestContext.Current.CancellationToken;
        var v2c = await client.GetAsync(Target(agent, CommunityCredentials.V2c("public")), [SysDescr], ct);
        var v3 = await client.GetAsync(Target(agent, User(AuthProtocol.Sha512, PrivProtocol.Aes256)), [SysDescr], ct);
        Assert.Equal(v2c.Varbinds, v3.Varbinds);
        Assert.Equal(System.Net.Sockets.AddressFamily.InterNetworkV6, agent.EndPoints[0].AddressFamily);
    }

    [Fact]
    public async Task Two_Hundred_Agents_Are_Polled_Concurrently_Through_One_Client()
    {
        var settings = Enumerable.Range(0, 200).Select(i => new AgentEndpointSettings(new IPEndPoint(LoopbackAddress(i), 0),
            new Dictionary<string, Recording> { ["public"] = Device }, new Dictionary<string, Recording>(), [])).ToArray();
        await using var agent = RecordedAgent.Start(settings);
        await using var client = new SnmpClient();
        var answers = await Task.WhenAll(agent.EndPoints.Select(ep =>
            client.GetAsync(new SnmpTarget(ep, CommunityCredentials.V2c("public")), [SysDescr], TestContext.Current.CancellationToken)));
        Assert.Equal(200, answers.Length);
        Assert.All(answers, a => Assert.Equal(OctetStringValue.FromText("simulated switch"), a.Varbinds[0].Value));
    }

    /// <summary>The <paramref name="i"/>th of many loopback addresses: 127.0.1.1, 127.0.1.2, ..., 127.0.2.1, ...</summary>
    private static IPAddress LoopbackAddress(int i) => IPAddress.Parse($"127.0.{1 + i / 250}.{1 + i % 250}");
}
