using System.Net;
using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>
/// A real recording served over UDP by agents that are slow, lossy, hang on one table or die mid-poll: a device that
/// answers is read as completely as from a fast agent; only one that stops answering altogether ends as timed out.
/// </summary>
public class SlowDevicePollTests
{
    private const string Recording = "fortigate_60fospfv3"; // small, with LLDP neighbours, addresses and ARP

    private static readonly PollOptions Defaults = new();

    [Fact]
    public async Task A_Device_Answering_One_Request_In_Three_Is_Polled_As_Completely_As_A_Fast_One()
    {
        var fast = await PollAsync(s => s, Defaults);
        await using var lossy = Serve(s => s with { AnswerEvery = 3 });

        var result = await PollAsync(lossy, Defaults);

        Assert.Equal(PollFacts.Of(fast), PollFacts.Of(result));
        Assert.Equal(PollStatus.Done, result.Snapshot.Device.Status);
        Assert.NotEmpty(result.Snapshot.Neighbors);
    }

    [Fact]
    public async Task A_Device_Slower_In_Total_Than_Its_Budget_Is_Polled_To_The_End()
    {
        var fast = await PollAsync(s => s, Defaults);
        var delay = TimeSpan.FromMilliseconds(50);
        await using var slow = Serve(s => s with { ResponseDelay = delay });
        var budget = TimeSpan.FromSeconds(1);

        var result = await PollAsync(slow, Defaults with { DeviceBudget = budget });

        Assert.True(slow.ResponsesSent * delay > 2 * budget, $"{slow.ResponsesSent} answers of {delay}: the poll fits the budget");
        Assert.Equal(PollFacts.Of(fast), PollFacts.Of(result));
    }

    [Fact]
    public async Task A_Device_Silent_About_One_Table_Fails_That_Stage_Only()
    {
        var lldpRemoteTable = Oid.Parse("1.0.8802.1.1.2.1.4.1");
        await using var agent = Serve(s => s with { SilentSubtrees = [lldpRemoteTable] });

        var result = await PollAsync(agent, Defaults with { Timeout = TimeSpan.FromSeconds(0.5), DeviceBudget = TimeSpan.FromSeconds(1) });

        Assert.Equal(StageOutcome.Failed, result.Stages["lldp"]);
        Assert.Equal(PollStatus.Partial, result.Snapshot.Device.Status);
        Assert.Equal(DevicePoller.Stages.Count, result.Stages.Count); // every later stage still ran
        Assert.Equal(StageOutcome.Done, result.Stages["arp"]);
        Assert.Contains(result.Snapshot.Device.Problems, p => p.StartsWith("lldp: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Device_That_Stops_Answering_Is_Timed_Out_And_Its_Later_Stages_Do_Not_Run()
    {
        var agent = Serve(s => s with { ResponseDelay = TimeSpan.FromMilliseconds(30) });
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = Defaults with { Timeout = TimeSpan.FromSeconds(0.5), DeviceBudget = TimeSpan.FromSeconds(1) };
        var polling = PollAsync(agent, options);
        while (agent.ResponsesSent < 10 && !polling.IsCompleted) await Task.Delay(10, cancellationToken);
        await agent.DisposeAsync(); // the device dies in the middle of the poll

        var result = await polling;

        Assert.Equal(PollStatus.TimedOut, result.Snapshot.Device.Status);
        var outcomes = result.Stages.Values.ToList();
        Assert.Equal(StageOutcome.TimedOut, outcomes[^1]);
        Assert.True(outcomes.Count < DevicePoller.Stages.Count, "stages ran after the device stopped answering");
        Assert.Contains(result.Snapshot.Device.Problems, p => p.Contains("stopped answering", StringComparison.Ordinal));
    }

    private static RecordedAgent Serve(Func<AgentEndpointSettings, AgentEndpointSettings> quirk)
    {
        Requires.Corpus();
        var (devices, _) = RecordingLibrary.Load(RepoPaths.CorpusSnmprec);
        var device = devices.Single(d => d.Name == Recording);
        var settings = AgentLayouts.OneDevice(new IPEndPoint(IPAddress.Loopback, 0), device, "public", []);
        return RecordedAgent.Start([quirk(settings)]);
    }

    private static async Task<PollResult> PollAsync(Func<AgentEndpointSettings, AgentEndpointSettings> quirk, PollOptions options)
    {
        await using var agent = Serve(quirk);
        return await PollAsync(agent, options);
    }

    private static async Task<PollResult> PollAsync(RecordedAgent agent, PollOptions options)
    {
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, options with { Port = agent.EndPoints[0].Port });
        var credentials = new[] { CommunityCredentials.V2c("public") };
        return await poller.PollAsync(IPAddress.Loopback, credentials, cancellationToken: TestContext.Current.CancellationToken);
    }
}
