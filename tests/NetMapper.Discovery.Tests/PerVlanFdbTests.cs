using System.Net;
using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>Cisco serves each VLAN's bridge table only in that VLAN's context: community@vlan for v2c, vlan-N for v3.</summary>
public class PerVlanFdbTests
{
    private static Recording MainRecording() => Parse("sw", """
        1.3.6.1.2.1.1.1.0|4|Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc1)
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.9.1.1208
        1.3.6.1.2.1.1.5.0|4|access-sw1
        1.3.6.1.2.1.2.2.1.2.10101|4|GigabitEthernet1/0/1
        1.3.6.1.2.1.2.2.1.2.10102|4|GigabitEthernet1/0/2
        1.3.6.1.4.1.9.9.46.1.3.1.1.2.1.10|2|1
        1.3.6.1.4.1.9.9.46.1.3.1.1.2.1.20|2|1
        1.3.6.1.4.1.9.9.46.1.3.1.1.4.1.10|4|PROD
        1.3.6.1.4.1.9.9.46.1.3.1.1.4.1.20|4|UAT
        1.3.6.1.4.1.9.9.68.1.2.2.1.2.10101|2|10
        1.3.6.1.4.1.9.9.68.1.2.2.1.2.10102|2|20
        """);

    private static Recording Vlan(int vlan, int basePort, int ifIndex, string mac) => Parse($"sw@{vlan}", $"""
        1.3.6.1.2.1.17.1.4.1.2.{basePort}|2|{ifIndex}
        1.3.6.1.2.1.17.4.3.1.2.{mac}|2|{basePort}
        1.3.6.1.2.1.17.4.3.1.3.{mac}|2|3
        """);

    private static Recording Parse(string name, string text) =>
        SnmprecReader.Parse(text.Replace("        ", "", StringComparison.Ordinal), name, name).Recording;

    [Fact]
    public async Task Alcatel_Vlans_Come_From_Its_Own_Vlan_Table_When_Q_Bridge_Is_Silent()
    {
        var recording = Parse("omni", """
            1.3.6.1.2.1.1.1.0|4|Alcatel-Lucent OS6450-24 6.7.2.191.R04 GA, June 01, 2018.
            1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.6486.800.1.1.2.1.12.1.1
            1.3.6.1.4.1.6486.800.1.2.1.3.1.1.1.1.1.2.1|4|VLAN 1
            1.3.6.1.4.1.6486.800.1.2.1.3.1.1.1.1.1.2.110|4|DMZ-WEB
            """);
        var omni = new RecordedDevice("omni", recording, new Dictionary<string, Recording>());
        await using var agent = RecordedAgent.Start(AgentLayouts.ConsecutiveAddresses(IPAddress.Loopback, 0, [omni], []));
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.EndPoints[0].Port });
        var cancellationToken = TestContext.Current.CancellationToken;
        var result = await poller.PollAsync(IPAddress.Loopback, [CommunityCredentials.V2c("public")], cancellationToken: cancellationToken);
        var snapshot = result.Snapshot;
        Assert.Equal([(1, "VLAN 1"), (110, "DMZ-WEB")], snapshot.Device.Vlans.Select(v => (v.Id, v.Name)));
    }

    [Theory]
    [InlineData("v2c")]
    [InlineData("v3")]
    public async Task Each_Vlans_Fdb_Is_Read_In_Its_Context(string version)
    {
        var user = new UsmCredentials("netops", AuthProtocol.Sha256, new Secret("authpass123"), PrivProtocol.Aes128,
            new Secret("privpass123"));
        var device = new RecordedDevice("sw", MainRecording(), new Dictionary<string, Recording>
        {
            ["10"] = Vlan(10, 1, 10101, "0.80.86.1.2.3"),
            ["20"] = Vlan(20, 2, 10102, "0.80.86.4.5.6"),
        });
        await using var agent = RecordedAgent.Start(AgentLayouts.ConsecutiveAddresses(IPAddress.Loopback, 0, [device], [user]));
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.EndPoints[0].Port });
        SnmpCredentials credentials = version == "v3" ? user : CommunityCredentials.V2c("public");

        var result = await poller.PollAsync(IPAddress.Loopback, [credentials], cancellationToken: TestContext.Current.CancellationToken);
        var snapshot = result.Snapshot;

        Assert.Equal([(10, "00:50:56:01:02:03", 10101), (20, "00:50:56:04:05:06", 10102)],
            snapshot.Fdb.Select(f => (f.Vlan, f.Mac.ToString(), f.IfIndex)).Order().ToArray());
        Assert.Equal(["PROD", "UAT"], snapshot.Device.Vlans.Select(v => v.Name));
        Assert.Equal(10, snapshot.Device.Interface(10101)!.Pvid);
        Assert.Equal(PollStatus.Done, snapshot.Device.Status);
    }

    [Theory]
    [InlineData("v2c")]
    [InlineData("v3")]
    public async Task A_Cisco_Switch_Without_Per_Vlan_Contexts_Is_Done_Not_Partial(string version)
    {
        var user = new UsmCredentials("netops", AuthProtocol.Sha256, new Secret("authpass123"), PrivProtocol.Aes128,
            new Secret("privpass123"));
        var device = new RecordedDevice("sw", MainRecording(), new Dictionary<string, Recording>());
        await using var agent = RecordedAgent.Start(AgentLayouts.ConsecutiveAddresses(IPAddress.Loopback, 0, [device], [user]));
        await using var client = new SnmpClient();
        var options = new PollOptions { Port = agent.EndPoints[0].Port, Timeout = TimeSpan.FromMilliseconds(300) };
        var poller = new DevicePoller(client, options);
        SnmpCredentials credentials = version == "v3" ? user : CommunityCredentials.V2c("public");

        var result = await poller.PollAsync(IPAddress.Loopback, [credentials], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(PollStatus.Done, result.Snapshot.Device.Status);
        Assert.Equal(StageOutcome.NotSupported, result.Stages["vlans"]);
        Assert.Equal(["PROD", "UAT"], result.Snapshot.Device.Vlans.Select(v => v.Name)); // what the device has is still read
        // Why its FDB is missing stays on record.
        Assert.Contains(result.Snapshot.Device.Problems,
            p => p.StartsWith("vlans: no per-VLAN bridge table for VLAN 10: ", StringComparison.Ordinal));
        Assert.Equal(StageOutcome.NotSupported, result.Stages["lldp"]); // nor has it LLDP
    }

    [Theory]
    [InlineData(new[] { StageOutcome.Done, StageOutcome.NotSupported }, PollStatus.Done)]
    [InlineData(new[] { StageOutcome.Done, StageOutcome.Failed, StageOutcome.NotSupported }, PollStatus.Partial)]
    [InlineData(new[] { StageOutcome.Failed, StageOutcome.TimedOut }, PollStatus.TimedOut)]
    [InlineData(new StageOutcome[0], PollStatus.Done)]
    public void The_Poll_Status_Comes_From_The_Stage_Outcomes(StageOutcome[] outcomes, PollStatus expected) =>
        Assert.Equal(expected, DevicePoller.StatusOf(outcomes));
}
