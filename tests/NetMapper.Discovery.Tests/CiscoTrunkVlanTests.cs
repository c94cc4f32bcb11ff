using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Lab.Generation;
using NetMapper.Lab.Spec;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Discovery.Tests;

/// <summary>A Cisco trunk carries only its allowed VLANs (vlanTrunkPortVlansEnabled), not every VLAN of the switch.</summary>
public class CiscoTrunkVlanTests
{
    private const string Network = """
        management: 127.31.0.0/24
        vlans: [{ id: 10, name: TEN }, { id: 20, name: TWENTY }, { id: 2000, name: HIGH }]
        models:
          - { name: C9300-24T, vendor: cisco, kind: switch, objectId: 1.3.6.1.4.1.9.1.2494,
              descr: "Cisco IOS Software [Cupertino] Version {os}", oui: "00:a3:d1", cdp: true }
        devices:
          - { name: sw1, model: C9300-24T, os: 17.9.5, serial: FOC1, mgmt: 127.31.0.1, snmp: v2c }
          - { name: sw2, model: C9300-24T, os: 17.9.5, serial: FOC2, mgmt: 127.31.0.2, snmp: v2c }
          - { name: sw3, model: C9300-24T, os: 17.9.5, serial: FOC3, mgmt: 127.31.0.3, snmp: v2c }
        links:
          - sw1 GigabitEthernet1/0/1 -- sw2 GigabitEthernet1/0/1 trunk 10,20,2000
          - sw1 GigabitEthernet1/0/2 -- sw3 GigabitEthernet1/0/1 trunk 20
        """;

    [Fact]
    public async Task Each_Trunk_Is_Tagged_Only_In_The_Vlans_It_Allows_Including_Those_Above_1023()
    {
        var deserializer = new YamlDotNet.Serialization.DeserializerBuilder()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance).Build();
        var network = NetworkLoader.Resolve(deserializer.Deserialize<NetworkFile>(Network));
        var sw1 = NetworkGenerator.Generate(network).Single(d => d.Name == "sw1");
        await using var agent = RecordedAgent.Start([AgentLayouts.SingleAddress(new IPEndPoint(IPAddress.Loopback, 0), [sw1], [])]);
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.EndPoints[0].Port });
        var cancellationToken = TestContext.Current.CancellationToken;
        var polled = await poller.PollAsync(IPAddress.Loopback, [CommunityCredentials.V2c("sw1")], cancellationToken: cancellationToken);
        var device = polled.Snapshot.Device;

        string Tagged(int vlan)
        {
            var tagged = device.Vlans.Single(v => v.Id == vlan).TaggedIfIndexes;
            return string.Join(",", tagged.Select(i => device.Interface(i)!.Name));
        }
        Assert.Equal("GigabitEthernet1/0/1", Tagged(10));
        Assert.Equal("GigabitEthernet1/0/1,GigabitEthernet1/0/2", Tagged(20));
        Assert.Equal("GigabitEthernet1/0/1", Tagged(2000));
    }
}
