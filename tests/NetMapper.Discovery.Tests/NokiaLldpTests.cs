using NetMapper.Topology;

namespace NetMapper.Discovery.Tests;

/// <summary>
/// Nokia SR OS leaves LLDP-MIB's remote table empty and lists its neighbours in TIMETRA-LLDP-MIB tmnxLldpRemTable,
/// indexed timeMark.ifIndex.destMacIndex.remIndex (rows as in the corpus's timos recording).
/// </summary>
public class NokiaLldpTests
{
    private const string Rows = """
        1.3.6.1.2.1.2.2.1.2.35717120|4|1/1/2
        1.3.6.1.4.1.6527.3.1.2.59.4.1.1.4.1676154020.35717120.1.1|2|4
        1.3.6.1.4.1.6527.3.1.2.59.4.1.1.5.1676154020.35717120.1.1|4x|8CF77337EC77
        1.3.6.1.4.1.6527.3.1.2.59.4.1.1.6.1676154020.35717120.1.1|2|7
        1.3.6.1.4.1.6527.3.1.2.59.4.1.1.7.1676154020.35717120.1.1|4|35717120
        1.3.6.1.4.1.6527.3.1.2.59.4.1.1.8.1676154020.35717120.1.1|4|1/1/2, 10-Gig Ethernet
        1.3.6.1.4.1.6527.3.1.2.59.4.1.1.9.1676154020.35717120.1.1|4|nokia-sw-b
        1.3.6.1.4.1.6527.3.1.2.59.4.2.1.3.1676154020.35717120.1.1.1.4.172.17.0.1|2|2
        """;

    [Fact]
    public async Task Neighbours_Are_Read_From_The_Timetra_Lldp_Table_On_The_Port_Its_Index_Names()
    {
        var snapshot = await PollAsync("1.3.6.1.4.1.6527.6.2.1.2.6.1");

        var neighbour = Assert.Single(snapshot.Neighbors);
        Assert.Equal((35717120, "1/1/2", "nokia-sw-b", "8c:f7:73:37:ec:77", "35717120"),
            (neighbour.LocalIfIndex, neighbour.LocalPort, neighbour.RemoteSysName, neighbour.RemoteChassisId.ToLowerInvariant(),
             neighbour.RemotePortId));
        Assert.Equal(["172.17.0.1"], neighbour.RemoteManagementAddresses);
    }

    [Fact]
    public async Task Other_Vendors_Are_Not_Asked_For_Nokias_Table()
    {
        var snapshot = await PollAsync("1.3.6.1.4.1.9.1.1208");

        Assert.Empty(snapshot.Neighbors);
    }

    private static async Task<DeviceSnapshot> PollAsync(string objectId)
    {
        string text = $"""
            1.3.6.1.2.1.1.1.0|4|TiMOS-C-10.0.R4 cpm/hops Nokia SAS-R 7210
            1.3.6.1.2.1.1.2.0|6|{objectId}
            {Rows}
            """;
        return await RecordedPolls.PollTextAsync(text, "sr");
    }
}
