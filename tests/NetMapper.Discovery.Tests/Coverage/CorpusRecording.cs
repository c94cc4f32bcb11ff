namespace NetMapper.Discovery.Tests.Coverage;

/// <summary>One recording of the shared corpus: its name, the folder of its .snmprec and the folder of LibreNMS's result.</summary>
public sealed record CorpusRecording(string Name, string SnmprecFolder, string ExpectedFolder)
{
    /// <summary>The family: the recording's name up to its first underscore ("iosxe_c9300" is iosxe).</summary>
    public string Family => Name.Split('_')[0];

    public string ExpectedFile => Path.Combine(ExpectedFolder, Name + ".json");

    /// <summary>The 16 recordings and the 148 of vendors/, without Cisco's per-VLAN context files.</summary>
    public static IReadOnlyList<CorpusRecording> All()
    {
        var vendors = Path.Combine(RepoPaths.Corpus, "vendors");
        return In(RepoPaths.CorpusSnmprec, Path.Combine(RepoPaths.Corpus, "expected"))
            .Concat(In(Path.Combine(vendors, "snmprec"), Path.Combine(vendors, "expected")))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<CorpusRecording> In(string snmprec, string expected) =>
        Directory.GetFiles(snmprec, "*.snmprec").Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Where(n => !n.Contains('@', StringComparison.Ordinal)).Select(n => new CorpusRecording(n, snmprec, expected));
}
