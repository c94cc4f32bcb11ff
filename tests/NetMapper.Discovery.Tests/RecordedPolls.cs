using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>Recorded devices served over UDP on loopback and polled once with the default options.</summary>
internal static class RecordedPolls
{
    /// <summary>A device written as snmprec lines (OID|TAG|VALUE), answering the community <paramref name="name"/>.</summary>
    public static Task<DeviceSnapshot> PollTextAsync(string snmprec, string name = "device") =>
        PollAsync(new RecordedDevice(name, SnmprecReader.Parse(snmprec, name, name).Recording, new Dictionary<string, Recording>()));

    /// <summary>A recorded device (with its per-VLAN recordings), answering the community named like it.</summary>
    public static async Task<DeviceSnapshot> PollAsync(RecordedDevice device)
    {
        var endPoint = new IPEndPoint(IPAddress.Loopback, 0);
        await using var agent = RecordedAgent.Start([AgentLayouts.SingleAddress(endPoint, [device], [])]);
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.EndPoints[0].Port });
        var result = await poller.PollAsync(IPAddress.Loopback, [CommunityCredentials.V2c(device.Name)],
            cancellationToken: TestContext.Current.CancellationToken);
        return result.Snapshot;
    }
}
