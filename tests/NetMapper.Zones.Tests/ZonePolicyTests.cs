namespace NetMapper.Zones.Tests;

public class ZonePolicyTests
{
    [Fact]
    public void The_Default_Policy_Has_The_Guidelines_Zones_In_Order()
    {
        var policy = ZonePolicy.Default();
        Assert.Equal(
            ["external", "lines", "dmz", "production", "uat", "test", "office", "wireless", "management"],
            policy.Zones.Select(z => z.Id));
        Assert.All(policy.Zones, z => Assert.NotEqual("", z.NameZh));
        Assert.Equal("正式環境", policy.Find("production")!.Name("zh-TW"));
        Assert.Equal("Production", policy.Find("production")!.Name("en"));
    }

    [Theory]
    [InlineData("zones:\n  - { id: a, trust: outside }", "zone 'a': trust 'outside' must be external, line, dmz, internal or management")]
    [InlineData("zones:\n  - { id: a, color: red }", "zone 'a': color 'red' must be #RRGGBB")]
    [InlineData("zones:\n  - { id: a, subnets: [10.0.0.0/33] }", "zone 'a': subnet '10.0.0.0/33'")]
    [InlineData("zones:\n  - { id: a }\n  - { id: a }", "zone 'a' is listed twice")]
    [InlineData("zones:\n  - { id: a, vlans: [5000] }", "zone 'a': VLAN 5000 is not from 1 to 4094")]
    [InlineData("zones:\n  - { id: a, vlanNames: ['(unclosed'] }", "zone 'a': pattern '(unclosed'")]
    [InlineData("zones: [", "line")]
    [InlineData("zones: []", "no zones")]
    public void A_Bad_Policy_Is_Reported_With_Its_Source_And_Zone(string yaml, string message)
    {
        var error = Assert.Throws<ZonePolicyException>(() => ZonePolicy.Parse(yaml, "zones.yaml"));
        Assert.StartsWith("zones.yaml: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_File_Is_Named()
    {
        var e = Assert.Throws<ZonePolicyException>(() => ZonePolicy.Load("/nonexistent/zones.yaml"));
        Assert.Equal("zone policy '/nonexistent/zones.yaml' does not exist", e.Message);
    }
}
