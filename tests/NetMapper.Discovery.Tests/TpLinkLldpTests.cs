using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>
/// TP-Link JetStream/Omada switches list their LLDP neighbours only in TPLINK-LLDPINFO-MIB lldpNeighborInfoTable
/// (ifIndex.neighbourIndex, values as text); rows as jetstream_sg2218p.snmprec has them.
/// </summary>
public class TpLinkLldpTests
{
    private const string System = """
        1.3.6.1.2.1.1.1.0|4|Omada 18-Port Gigabit Smart Switch with 16-Port PoE+
        1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.11863.5.190
        1.3.6.1.2.1.2.2.1.2.49167|4|gigabitEthernet 1/0/15
        1.3.6.1.2.1.2.2.1.2.49170|4|gigabitEthernet 1/0/18
        1.3.6.1.2.1.31.1.1.1.1.49167|4|gigabitEthernet 1/0/15
        1.3.6.1.2.1.31.1.1.1.1.49170|4|gigabitEthernet 1/0/18

        """;

    private const string Neighbors = """
        1.3.6.1.4.1.11863.6.35.1.2.2.1.1.49167.1|4|1/0/15
        1.3.6.1.4.1.11863.6.35.1.2.2.1.1.49170.1|4|1/0/18
        1.3.6.1.4.1.11863.6.35.1.2.2.1.3.49167.1|4|MAC address
        1.3.6.1.4.1.11863.6.35.1.2.2.1.3.49170.1|4|MAC address
        1.3.6.1.4.1.11863.6.35.1.2.2.1.4.49167.1|4|48:A9:8A:C1:AC:58
        1.3.6.1.4.1.11863.6.35.1.2.2.1.4.49170.1|4|E8:28:C1:26:B9:C0
        1.3.6.1.4.1.11863.6.35.1.2.2.1.5.49167.1|4|Interface name
        1.3.6.1.4.1.11863.6.35.1.2.2.1.5.49170.1|4|Interface name
        1.3.6.1.4.1.11863.6.35.1.2.2.1.6.49167.1|4|trunk: Up (eth1)
        1.3.6.1.4.1.11863.6.35.1.2.2.1.6.49170.1|4|gi1/0/6
        1.3.6.1.4.1.11863.6.35.1.2.2.1.9.49167.1|4|w131.soada
        1.3.6.1.4.1.11863.6.35.1.2.2.1.9.49170.1|4|sw22.soada
        1.3.6.1.4.1.11863.6.35.1.2.2.1.12.49167.1|4|Bridge Router 
        1.3.6.1.4.1.11863.6.35.1.2.2.1.12.49170.1|4|Bridge Router 
        1.3.6.1.4.1.11863.6.35.1.2.2.1.13.49167.1|4|::169.254.2.131
        1.3.6.1.4.1.11863.6.35.1.2.2.1.13.49170.1|4|::
        """;

    [Fact]
    public async Task Neighbours_Come_From_TP_Links_Own_Table_When_LldpRemTable_Is_Empty()
    {
        var neighbors = await NeighborsAsync(System + Neighbors);

        Assert.Equal(2, neighbors.Count);
        var sw22 = neighbors.Single(n => n.RemoteSysName == "sw22.soada");
        Assert.Equal((49170, "gigabitEthernet 1/0/18"), (sw22.LocalIfIndex, sw22.LocalPort));
        Assert.Equal((4, "e8:28:c1:26:b9:c0"), (sw22.RemoteChassisIdSubtype, sw22.RemoteChassisId));
        Assert.Equal((5, "gi1/0/6"), (sw22.RemotePortIdSubtype, sw22.RemotePortId));
        Assert.Equal(["bridge", "router"], sw22.RemoteCapabilities);
        Assert.Empty(sw22.RemoteManagementAddresses);
        Assert.Equal(["169.254.2.131"], neighbors.Single(n => n.RemoteSysName == "w131.soada").RemoteManagementAddresses);
    }

    [Fact]
    public async Task The_TP_Link_Table_Is_Not_Read_Again_When_LldpRemTable_Has_The_Neighbours()
    {
        const string standard = """

            1.0.8802.1.1.2.1.4.1.1.4.0.49170.1|2|4
            1.0.8802.1.1.2.1.4.1.1.5.0.49170.1|4x|E828C126B9C0
            1.0.8802.1.1.2.1.4.1.1.6.0.49170.1|2|5
            1.0.8802.1.1.2.1.4.1.1.7.0.49170.1|4|gi1/0/6
            1.0.8802.1.1.2.1.4.1.1.9.0.49170.1|4|sw22.soada
            """;

        var neighbors = await NeighborsAsync(System + Neighbors + standard);

        Assert.Equal("sw22.soada", Assert.Single(neighbors).RemoteSysName);
    }

    private static async Task<IReadOnlyList<NeighborObservation>> NeighborsAsync(string snmprec)
    {
        var snapshot = await RecordedPolls.PollTextAsync(snmprec.Replace("        ", "", StringComparison.Ordinal), "tp");
        return snapshot.Neighbors;
    }
}
