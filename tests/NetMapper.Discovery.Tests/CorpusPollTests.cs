using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>Every corpus recording, served by the recorded-device agent and polled over UDP, against LibreNMS's own result.</summary>
public class CorpusPollTests
{
    public static TheoryData<string> Devices()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(RepoPaths.CorpusSnmprec)) { data.Add("(corpus absent)"); return data; }
        foreach (var f in Directory.GetFiles(RepoPaths.CorpusSnmprec, "*.snmprec").Select(Path.GetFileNameWithoutExtension).Where(n => !n!.Contains('@')).Order())
            data.Add(f!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task Poll_Matches_LibreNms(string name)
    {
        Requires.Corpus();
        var snapshot = await PollAsync(name);
        var expected = LibreNmsExpected.Load(name);
        var device = snapshot.Device;
        var actual = new Dictionary<string, string>
        {
            ["Hardware"] = device.Model, ["Version"] = device.OsVersion, ["Serial"] = device.Serial, ["Ports"] = device.Interfaces.Count.ToString(Inv),
            ["Vlans"] = device.Vlans.Count.ToString(Inv), ["Links"] = snapshot.Neighbors.Count.ToString(Inv),
        };
        var librenms = new Dictionary<string, string>
        {
            ["Hardware"] = expected.Hardware, ["Version"] = expected.Version, ["Serial"] = expected.Serial, ["Ports"] = expected.Ports.ToString(Inv),
            ["Vlans"] = expected.Vlans.ToString(Inv), ["Links"] = expected.Links.ToString(Inv),
        };
        var known = CorpusDifferences.ByRecording.GetValueOrDefault(name, []).ToDictionary(d => d.Field, d => d.Ours);
        foreach (var field in librenms.Keys)
        {
            bool isKnown = known.TryGetValue(field, out var ours);
            Assert.True(actual[field] == (isKnown ? ours : librenms[field]),
                $"{name} {field}: NetMapper '{actual[field]}', LibreNMS '{librenms[field]}'{(isKnown ? $", known difference expects '{ours}'" : "")}");
        }
        Assert.NotEqual(PollStatus.Unreachable, device.Status);
    }

    [Fact]
    public async Task Cisco_Per_Vlan_Contexts_Are_Read_Where_The_Recording_Has_Them()
    {
        Requires.Corpus();
        var snapshot = await PollAsync("ios_c3560");
        var missing = Directory.GetFiles(RepoPaths.CorpusSnmprec, "ios_c3560@*.snmprec").Select(f => Path.GetFileNameWithoutExtension(f).Split('@')[1]).ToHashSet();
        // Only VLANs without a per-VLAN recording may be reported as unreadable.
        var unreadable = snapshot.Device.Problems.Where(p => p.StartsWith("vlans:", StringComparison.Ordinal)).ToArray();
        Assert.All(unreadable, p => Assert.DoesNotContain(missing, v => p.Contains($"VLAN {v}:", StringComparison.Ordinal)));
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    internal static Task<DeviceSnapshot> PollAsync(string name) => PollAsync(RepoPaths.CorpusSnmprec, name);

    internal static async Task<DeviceSnapshot> PollAsync(string folder, string name)
    {
        var (devices, _) = RecordingLibrary.Load(folder);
        await using var agent = RecordedAgent.Start([AgentLayouts.SingleAddress(new IPEndPoint(IPAddress.Loopback, 0), devices.Where(d => d.Name == name), [])]);
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.EndPoints[0].Port });
        var result = await poller.PollAsync(IPAddress.Loopback, [CommunityCredentials.V2c(name)], cancellationToken: TestContext.Current.CancellationToken);
        return result.Snapshot;
    }
}
