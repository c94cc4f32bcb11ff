using NetMapper.Snmp.Agent;

namespace NetMapper.Snmp.Tests;

public class SnmprecReaderTests
{
    [Fact]
    public void Reads_Every_Tag_With_Hex_And_Escaped_Values()
    {
        var (recording, problems) = SnmprecReader.Parse(string.Join('\n',
            "1.3.6.1.2.1.1.1.0|4|Linux box 5.10",
            "1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.8072.3.2.10",
            "1.3.6.1.2.1.1.3.0|67|123456",
            "1.3.6.1.2.1.2.2.1.6.1|4x|001a2b3c4d5e",
            "1.3.6.1.2.1.2.2.1.2.1|4e|tab\\there\\x00\\n",
            "1.3.6.1.2.1.2.2.1.3.1|2|-6",
            "1.3.6.1.2.1.2.2.1.5.1|66|1000000000",
            "1.3.6.1.2.1.2.2.1.10.1|65|4294967295",
            "1.3.6.1.2.1.31.1.1.1.6.1|70|18446744073709551615",
            "1.3.6.1.2.1.4.20.1.1.10.0.0.1|64|10.0.0.1",
            "1.3.6.1.2.1.4.20.1.1.10.0.0.2|64x|0a000002",
            "1.3.6.1.2.1.99.1.0|5|",
            ""), "test", "test.snmprec");

        Assert.Empty(problems);
        Assert.Equal(12, recording.Count);
        Assert.Equal(new OctetStringValue([0x00, 0x1A, 0x2B, 0x3C, 0x4D, 0x5E]), recording.Get(Oid.Parse("1.3.6.1.2.1.2.2.1.6.1")));
        Assert.Equal(new OctetStringValue("tab\there\0\n"u8), recording.Get(Oid.Parse("1.3.6.1.2.1.2.2.1.2.1")));
        Assert.Equal(UnsignedValue.Counter64(ulong.MaxValue), recording.Get(Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1")));
        Assert.Equal(new IpAddressValue([10, 0, 0, 2]), recording.Get(Oid.Parse("1.3.6.1.2.1.4.20.1.1.10.0.0.2")));
        Assert.Equal(new IntegerValue(-6), recording.Get(Oid.Parse("1.3.6.1.2.1.2.2.1.3.1")));
    }

    [Fact]
    public void Bad_Lines_Are_Reported_With_File_And_Line_And_The_Rest_Is_Served()
    {
        var (recording, problems) = SnmprecReader.Parse(string.Join('\n',
            "1.3.6.1.2.1.1.1.0|4|ok",
            "1.3.6.1.2.1.4.20.1.1.1|64|<private>",
            "not-an-oid|4|x",
            "1.3.6.1.2.1.1.5.0|99|unknown tag",
            "1.3.6.1.2.1.1.6.0",
            "1.3.6.1.2.1.1.1.0|4|duplicate",
            "1.3.6.1.2.1.1.7.0|2|72"), "bad", "bad.snmprec");

        Assert.Equal(2, recording.Count);
        Assert.Equal([2, 3, 4, 5, 6], problems.Select(p => p.Line));
        Assert.All(problems, p => Assert.StartsWith("bad.snmprec:", p.ToString(), StringComparison.Ordinal));
        Assert.Contains("IpAddress", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("first is served", problems[4].Message, StringComparison.Ordinal);
        Assert.Equal(OctetStringValue.FromText("ok"), recording.Get(Oid.Parse("1.3.6.1.2.1.1.1.0")));
    }

    [Fact]
    public void Every_Corpus_Recording_Loads_And_Only_The_Known_Anonymised_Lines_Are_Refused()
    {
        Requires.Corpus();
        var (devices, problems) = RecordingLibrary.Load(RepoPaths.CorpusSnmprec);
        Assert.Equal(16, devices.Count);
        Assert.Equal(14, devices.Single(d => d.Name == "ios_c3560").Vlans.Count);
        // nxos: four IpAddress values replaced by "<private>"; procurve: anonymised ARP rows sharing OIDs.
        string[] anonymised = ["nxos_n3k-3064pq.snmprec", "procurve.snmprec"];
        Assert.All(problems, p => Assert.True(anonymised.Any(file => p.File.EndsWith(file, StringComparison.Ordinal)), p.ToString()));
        Assert.Equal(4, problems.Count(p => p.File.EndsWith("nxos_n3k-3064pq.snmprec", StringComparison.Ordinal)));
    }
}
