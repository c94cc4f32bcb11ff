using NetMapper.Snmp.Agent;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>Every corpus recording, served by the recorded-device agent and polled over UDP, against LibreNMS's own result.</summary>
public partial class CorpusPollTests
{
    public static TheoryData<string> Devices()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(RepoPaths.CorpusSnmprec)) { data.Add("(corpus absent)"); return data; }
        var names = Directory.GetFiles(RepoPaths.CorpusSnmprec, "*.snmprec").Select(Path.GetFileNameWithoutExtension);
        foreach (var f in names.Where(n => !n!.Contains('@')).Order())
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
            ["Hardware"] = device.Model, ["Version"] = device.OsVersion, ["Serial"] = device.Serial,
            ["Ports"] = device.Interfaces.Count.ToString(Inv), ["Vlans"] = device.Vlans.Count.ToString(Inv),
            ["Links"] = snapshot.Neighbors.Count.ToString(Inv),
        };
        var librenms = new Dictionary<string, string>
        {
            ["Hardware"] = expected.Hardware, ["Version"] = expected.Version, ["Serial"] = expected.Serial,
            ["Ports"] = expected.Ports.ToString(Inv), ["Vlans"] = expected.Vlans.ToString(Inv),
            ["Links"] = expected.Links.ToString(Inv),
        };
        var known = CorpusDifferences.ByRecording.GetValueOrDefault(name, []).ToDictionary(d => d.Field, d => d.Ours);
        foreach (var field in librenms.Keys)
        {
            bool isKnown = known.TryGetValue(field, out var ours);
            string knownDifference = isKnown ? $", known difference expects '{ours}'" : "";
            Assert.True(actual[field] == (isKnown ? ours : librenms[field]),
                $"{name} {field}: NetMapper '{actual[field]}', LibreNMS '{librenms[field]}'{knownDifference}");
        }
        Assert.NotEqual(PollStatus.Unreachable, device.Status);
    }

    /// <summary>
    /// The switch's VTP table lists VLANs 1 and 2 as operational (the rest suspended, which have no bridge instance to
    /// read); the corpus holds a per-VLAN recording for VLAN 2 but none for VLAN 1. The per-VLAN recordings carry the
    /// bridge-port and spanning-tree tables but no forwarding rows, so "read" shows as the absence of the problem that
    /// the same poll reports once the recording is withheld.
    /// </summary>
    [Fact]
    public async Task Cisco_Per_Vlan_Contexts_Are_Read_Where_The_Recording_Has_Them()
    {
        Requires.Corpus();
        var operational = OperationalVtpVlans("ios_c3560");
        var recorded = Directory.GetFiles(RepoPaths.CorpusSnmprec, "ios_c3560@*.snmprec")
            .Select(f => int.Parse(Path.GetFileNameWithoutExtension(f).Split('@')[1], Inv)).ToHashSet();
        var readable = operational.Where(recorded.Contains).Order().ToArray();
        var withoutRecording = operational.Where(v => !recorded.Contains(v)).Order().ToArray();
        Assert.NotEmpty(readable);
        Assert.NotEmpty(withoutRecording);

        var withRecordings = UnreadableVlans(await PollAsync("ios_c3560"));
        var withheld = UnreadableVlans(await PollAsync(RepoPaths.CorpusSnmprec, "ios_c3560", withVlanRecordings: false));

        Assert.Equal(withoutRecording, withRecordings);
        Assert.Equal(operational.Order(), withheld);
    }

    /// <summary>VLANs whose vtpVlanState is operational (1), outside the reserved 1002-1005, from the recording itself.</summary>
    private static int[] OperationalVtpVlans(string name)
    {
        const string VtpVlanState = "1.3.6.1.4.1.9.9.46.1.3.1.1.2.1.";
        return File.ReadLines(Path.Combine(RepoPaths.CorpusSnmprec, name + ".snmprec"))
            .Where(line => line.StartsWith(VtpVlanState, StringComparison.Ordinal) && line.EndsWith("|2|1", StringComparison.Ordinal))
            .Select(line => int.Parse(line[VtpVlanState.Length..line.IndexOf('|', StringComparison.Ordinal)], Inv))
            .Where(vlan => vlan is < 1002 or > 1005).ToArray();
    }

    /// <summary>The VLANs the poll reported as having no readable per-VLAN bridge table.</summary>
    private static int[] UnreadableVlans(DeviceSnapshot snapshot) =>
        snapshot.Device.Problems.Select(p => UnreadableVlan().Match(p)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, Inv)).Order().ToArray();

    [System.Text.RegularExpressions.GeneratedRegex("^vlans: no per-VLAN bridge table for VLAN ([0-9]+):")]
    private static partial System.Text.RegularExpressions.Regex UnreadableVlan();

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    internal static Task<DeviceSnapshot> PollAsync(string name) => PollAsync(RepoPaths.CorpusSnmprec, name);

    internal static async Task<DeviceSnapshot> PollAsync(string folder, string name, bool withVlanRecordings = true)
    {
        var (devices, _) = RecordingLibrary.Load(folder);
        var device = devices.Single(d => d.Name == name);
        return await RecordedPolls.PollAsync(withVlanRecordings ? device : device with { Vlans = new Dictionary<string, Recording>() });
    }
}
