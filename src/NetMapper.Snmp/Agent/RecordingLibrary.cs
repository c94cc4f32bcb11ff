namespace NetMapper.Snmp.Agent;

/// <summary>
/// A recorded device: its main recording and its per-VLAN ones (Cisco community indexing, files <c>name@vlan.snmprec</c>).
/// </summary>
public sealed record RecordedDevice(string Name, Recording Recording, IReadOnlyDictionary<string, Recording> Vlans);

/// <summary>Loads a folder of snmprec files into devices, in file-name order.</summary>
public static class RecordingLibrary
{
    public static (IReadOnlyList<RecordedDevice> Devices, IReadOnlyList<RecordingProblem> Problems) Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"recording folder '{directory}' does not exist");
        var problems = new List<RecordingProblem>();
        var mains = new SortedDictionary<string, Recording>(StringComparer.Ordinal);
        var vlans = new Dictionary<string, Dictionary<string, Recording>>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(directory, "*.snmprec").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var (recording, fileProblems) = SnmprecReader.Read(path, name);
            problems.AddRange(fileProblems);
            int at = name.IndexOf('@', StringComparison.Ordinal);
            if (at < 0) { mains[name] = recording; continue; }
            string device = name[..at], vlan = name[(at + 1)..];
            if (!vlans.TryGetValue(device, out var deviceVlans)) vlans[device] = deviceVlans = new(StringComparer.Ordinal);
            deviceVlans[vlan] = recording;
        }
        foreach (var orphan in vlans.Keys.Where(device => !mains.ContainsKey(device)))
        {
            var orphanFiles = Path.Combine(directory, orphan + "@*.snmprec");
            problems.Add(new RecordingProblem(orphanFiles, 0, $"per-VLAN recordings without {orphan}.snmprec are not served"));
        }
        var devices = mains.Select(m => new RecordedDevice(m.Key, m.Value,
            vlans.TryGetValue(m.Key, out var v) ? v : new Dictionary<string, Recording>())).ToArray();
        return (devices, problems);
    }
}
