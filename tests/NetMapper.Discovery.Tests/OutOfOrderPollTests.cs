using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Discovery.Tests;

/// <summary>
/// Cisco FTD's recording lists three ipAddrTable rows after a greater one; Debian's snmpsim serves it in that order, as
/// the device did. The poll keeps every row (the same as from our agent, which serves it sorted) and says why.
/// </summary>
public class OutOfOrderPollTests
{
    private const string Recording = "ftd_1140";

    [Fact]
    public async Task A_Device_Answering_Out_Of_Order_Loses_No_Row_And_Its_Stage_Says_So()
    {
        Requires.Corpus();
        var path = Path.Combine(RepoPaths.CorpusVendors, Recording + ".snmprec");
        var (recording, _) = SnmprecReader.Read(path, "public");
        await using var sorted = RecordedAgent.Start([AgentLayouts.OneDevice(
            new IPEndPoint(IPAddress.Loopback, 0), new RecordedDevice(Recording, recording, new Dictionary<string, Recording>()),
            "public", [])]);
        var expected = await PollAsync(sorted.EndPoints[0]);
        await using var snmpsim = await SnmpsimLab.StartAsync([path], IPAddress.Loopback, FreePort.Udp());

        var result = await PollAsync(snmpsim.EndPoint);

        Assert.Equal(PollFacts.Of(expected), PollFacts.Of(result));
        Assert.Equal(6, result.Snapshot.Device.Addresses.Count);
        Assert.Equal(["addresses: agent returns OIDs out of order"], result.Snapshot.Device.Problems);
        Assert.DoesNotContain("out of order", string.Join(' ', expected.Snapshot.Device.Problems), StringComparison.Ordinal);
    }

    private static async Task<PollResult> PollAsync(IPEndPoint agent)
    {
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.Port });
        var credentials = new[] { CommunityCredentials.V2c("public") };
        return await poller.PollAsync(agent.Address, credentials, cancellationToken: TestContext.Current.CancellationToken);
    }
}
