using NetMapper.Snmp.Agent;

namespace NetMapper.Snmp.Tests;

/// <summary>The shared corpus recordings as theory data, and what each should serve: its valid lines.</summary>
public static class CorpusRecordings
{
    public const string Absent = "(corpus absent)";

    /// <summary>Every recording name (per-VLAN ones included); one placeholder that skips when the corpus is absent.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(RepoPaths.CorpusSnmprec)) { data.Add(Absent); return data; }
        foreach (var file in Directory.GetFiles(RepoPaths.CorpusSnmprec, "*.snmprec").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    public static void Require(string name)
    {
        Requires.Corpus();
        Assert.NotEqual(Absent, name);
    }

    public static List<ComparableVarbind> Expected(string name)
    {
        var path = Path.Combine(RepoPaths.CorpusSnmprec, name + ".snmprec");
        return SnmprecReader.Read(path).Recording.Varbinds.Select(ComparableVarbind.From).ToList();
    }
}
