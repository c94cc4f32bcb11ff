namespace NetMapper.Discovery.Tests;

/// <summary>RouterOS lists rows in lldpRemTable with a zero chassis ID and no port; they name no neighbour.</summary>
public class LldpBlankRowTests
{
    [Fact]
    public async Task A_Row_With_A_Zero_Chassis_And_No_Port_Is_No_Neighbour()
    {
        // One-arc indexes as RouterOS writes them, MACs as text.
        const string text = """
            1.0.8802.1.1.2.1.4.1.1.4.1|2|4
            1.0.8802.1.1.2.1.4.1.1.4.25|2|4
            1.0.8802.1.1.2.1.4.1.1.5.1|4|3C:E5:A6:37:DF:DA
            1.0.8802.1.1.2.1.4.1.1.5.25|4|00:00:00:00:00:00
            1.0.8802.1.1.2.1.4.1.1.6.1|2|5
            1.0.8802.1.1.2.1.4.1.1.6.25|2|5
            1.0.8802.1.1.2.1.4.1.1.7.1|4|GigabitEthernet1/0/17
            1.0.8802.1.1.2.1.4.1.1.7.25|4|
            1.0.8802.1.1.2.1.4.1.1.9.1|4|core-sw
            1.0.8802.1.1.2.1.4.1.1.9.25|4|
            1.3.6.1.2.1.1.1.0|4|RouterOS RB433GL
            1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.14988.1
            1.3.6.1.2.1.1.5.0|4|edge-1
            """;
        var snapshot = await RecordedPolls.PollTextAsync(text, "mt");

        var neighbour = Assert.Single(snapshot.Neighbors);
        Assert.Equal(("core-sw", "GigabitEthernet1/0/17"), (neighbour.RemoteSysName, neighbour.RemotePortId));
    }
}
