using NetMapper.Zones;

namespace NetMapper.Records.Tests;

public class SegmentRecordTests
{
    [Fact]
    public void Two_Devices_Of_One_Name_Are_Counted_Apart_And_Only_The_One_That_Routes_Is_The_Gateway()
    {
        var graph = SameNameNetwork.Graph();
        var segments = RecordBuilder.Build(graph, new ZoneMap(graph, ZonePolicy.Default()), "en").Single(t => t.Id == "segments");

        var row = Assert.Single(segments.Rows);
        Assert.Equal("sw Vlan10 10.0.0.1", row[segments.Headers.ToList().IndexOf("Gateway")]);
        Assert.Equal(RecordCell.Of(2), row[segments.Headers.ToList().IndexOf("Devices")]);
    }
}
