using NetMapper.Topology;
using System.Collections.Concurrent;
using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Discovery.Tests.Coverage;

/// <summary>
/// Every recording of the corpus (the 16 and the 148 of vendors/), served over UDP and polled with the built-in device
/// definitions; model, OS version and serial compared with LibreNMS's result, and LLDP/CDP neighbours with its links.
/// </summary>
public class CorpusCoverageTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    [Fact]
    public async Task At_Least_95_Percent_Of_LibreNms_Facts_Are_Found()
    {
        Requires.Corpus();
        var recordings = CorpusRecording.All();
        var polled = await PollAllAsync(recordings);
        var verdicts = recordings.SelectMany(r => FactComparison.Compare(r, ExpectedFacts.Load(r), polled[r.Name])).ToArray();

        foreach (var wrong in verdicts.Where(v => !v.Right)) output.WriteLine($"wrong: {wrong}");
        foreach (var family in verdicts.GroupBy(v => v.Recording.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"{family.Key,-18} {family.Count(v => v.Right),3} / {family.Count(),3}");
        int right = verdicts.Count(v => v.Right);
        string summary = $"corpus facts right: {right} / {verdicts.Length} ({100.0 * right / verdicts.Length:0.0}%), "
            + $"{recordings.Count} recordings, {recordings.Select(r => r.Family).Distinct().Count()} families";
        output.WriteLine(summary);
        TestContext.Current.SendDiagnosticMessage(summary);
        Assert.True(right >= Target * verdicts.Length, summary);
    }

    private static async Task<IReadOnlyDictionary<string, DeviceSnapshot>> PollAllAsync(IReadOnlyList<CorpusRecording> recordings)
    {
        var devices = recordings.GroupBy(r => r.SnmprecFolder)
            .SelectMany(g => RecordingLibrary.Load(g.Key).Devices).ToArray();
        var endPoint = new IPEndPoint(IPAddress.Loopback, 0);
        await using var agent = RecordedAgent.Start([AgentLayouts.SingleAddress(endPoint, devices, [])]);
        await using var client = new SnmpClient();
        var poller = new DevicePoller(client, new PollOptions { Port = agent.EndPoints[0].Port, Timeout = TimeSpan.FromSeconds(5) });
        var results = new ConcurrentDictionary<string, DeviceSnapshot>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken };
        await Parallel.ForEachAsync(recordings, options, async (recording, ct) =>
        {
            var credentials = new SnmpCredentials[] { CommunityCredentials.V2c(recording.Name) };
            var result = await poller.PollAsync(IPAddress.Loopback, credentials, cancellationToken: ct);
            results[recording.Name] = result.Snapshot;
        });
        return results;
    }
}
