using System.Globalization;
using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>The recordings the benchmarks serve: the largest of the corpus and a generated 10,000-row table.</summary>
internal static class BenchAgents
{
    public static readonly string[] LargestRecordings = ["iosxe_c9500h-svl", "ios_2960x", "procurve", "arista_eos"];

    public static Recording Load(string name) =>
        SnmprecReader.Read(Path.Combine(RepoPaths.CorpusSnmprec, name + ".snmprec")).Recording;

    /// <summary>A Q-BRIDGE forwarding table of 10,000 MAC addresses (two columns: port and status).</summary>
    public static Recording GeneratedFdb(int rows = 10_000, string name = "fdb10k")
    {
        var varbinds = new List<Varbind>();
        foreach (var column in new uint[] { 2, 3 })
            for (int i = 0; i < rows; i++)
            {
                uint vlan = (uint)(10 + i % 8);
                string mac = string.Create(CultureInfo.InvariantCulture, $"0.80.86.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}");
                var oid = Oid.Parse(string.Create(CultureInfo.InvariantCulture, $"1.3.6.1.2.1.17.7.1.2.2.1.{column}.{vlan}.{mac}"));
                varbinds.Add(new Varbind(oid, new IntegerValue(column == 2 ? 1 + i % 48 : 3)));
            }
        return new Recording(name, varbinds);
    }

    public static AgentEndpointSettings OneAddress(IEnumerable<Recording> recordings) =>
        new(new IPEndPoint(IPAddress.Loopback, 0), recordings.ToDictionary(r => r.Name, r => r), new Dictionary<string, Recording>(), []);
}
