using System.Net;
using NetMapper.Snmp.Agent;

namespace NetMapper.Cli.Tests;

/// <summary>
/// <c>netmapper snmp walk</c> of Cisco FTD's recording as Debian's snmpsim serves it, three ipAddrTable rows out of
/// order: every recorded row is printed (as snmpbulkwalk carries on past them) and the one-line problem says why.
/// </summary>
public class SnmpWalkOutOfOrderTests
{
    [Fact]
    public async Task A_Walk_Of_An_Agent_Answering_Out_Of_Order_Prints_Every_Row_And_Says_So()
    {
        Requires.Corpus();
        var path = Path.Combine(RepoPaths.CorpusVendors, "ftd_1140.snmprec");
        await using var snmpsim = await SnmpsimLab.StartAsync([path], IPAddress.Loopback, FreePort.Udp());

        var (exit, output, error) = await CliRunner.RunAsync("snmp", "walk", "-c", SnmpsimLab.Community, "--json", snmpsim.Address, ".1");

        Assert.Equal("netmapper: agent returns OIDs out of order", error.Trim());
        Assert.Equal(1, exit);
        var recorded = SnmprecReader.Read(path).Recording.Varbinds.Select(ComparableVarbind.From).Select(v => v.Oid);
        Assert.Equal(recorded, ComparableVarbind.ParseNetMapperJson(output).Select(v => v.Oid));
    }
}
