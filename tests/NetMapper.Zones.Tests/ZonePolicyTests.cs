using NetMapper.Topology;

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
    [InlineData("zones:\n  - { id: a, trust: outside }",
        "zones.yaml:2: zone 'a'.trust: 'outside' must be external, line, dmz, internal or management")]
    [InlineData("zones:\n  - { id: a, color: red }", "zones.yaml:2: zone 'a'.color: 'red' must be #RRGGBB")]
    [InlineData("zones:\n  - { id: a, subnets: [10.0.0.0/33] }",
        "zones.yaml:2: zone 'a'.subnets: subnet '10.0.0.0/33': the prefix length must be a number from 0 to 32")]
    [InlineData("zones:\n  - { id: a }\n  - { id: a }", "zones.yaml:3: zone 'a'.id: 'a' is listed twice")]
    [InlineData("zones:\n  - { id: a, vlans: [5000] }", "zones.yaml:2: zone 'a'.vlans: VLAN 5000 is not a number from 1 to 4094")]
    [InlineData("zones:\n  - { id: a, vlanNames: ['(unclosed'] }", "zones.yaml:2: zone 'a'.vlanNames: pattern '(unclosed'")]
    [InlineData("zones:\n  - { id: a, colour: red }", "zones.yaml:2: zone 'a'.colour: unknown key; known keys: id, name")]
    [InlineData("zones:\n  - { trust: dmz }", "zones.yaml:2: zones[0].id: a zone needs an id other than 'unassigned'")]
    [InlineData("zones: [", "zones.yaml:2: While parsing a node")]
    [InlineData("zones: []", "zones.yaml:1: zones: no zones")]
    [InlineData("zones:\n  - id: a\n    purpose: plain text", "zones.yaml:3: zone 'a'.purpose: must be a mapping of en, zh-TW")]
    [InlineData("zones:\n  - id: a\n    purpose: { fr: texte }", "zones.yaml:3: zone 'a'.purpose.fr: unknown key; known keys: en, zh-TW")]
    [InlineData("zones:\n  - id: a\n    purpose: { en: '' }", "zones.yaml:3: zone 'a'.purpose.en: must not be empty")]
    [InlineData("zones:\n  - id: a\n    purpose: { }", "zones.yaml:3: zone 'a'.purpose: give en, zh-TW or both")]
    [InlineData("zones:\n  - id: a\n    segments:\n      - { vlan: 10 }", "zones.yaml:4: zone 'a'.segments[0].purpose: a segment needs")]
    [InlineData("zones:\n  - id: a\n    segments:\n      - { purpose: { en: x } }",
        "zones.yaml:4: zone 'a'.segments[0]: name the segment by subnet or by vlan, one of them")]
    [InlineData("zones:\n  - id: a\n    segments:\n      - { vlan: 10, subnet: 10.0.0.0/8, purpose: { en: x } }",
        "zones.yaml:4: zone 'a'.segments[0]: name the segment by subnet or by vlan")]
    [InlineData("zones:\n  - id: a\n    segments:\n      - { vlan: ten, purpose: { en: x } }",
        "zones.yaml:4: zone 'a'.segments[0].vlan: VLAN ten is not a number from 1 to 4094")]
    [InlineData("zones:\n  - id: a\n    segments:\n      - { subnet: 10.0.0.0/8, line: spare, purpose: { en: x } }",
        "zones.yaml:4: zone 'a'.segments[0].line: 'spare' must be primary or backup")]
    public void A_Bad_Policy_Is_Reported_With_Its_File_Line_And_Field(string yaml, string message)
    {
        var error = Assert.Throws<ZonePolicyException>(() => ZonePolicy.Parse(yaml, "zones.yaml"));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Problem_Of_A_File_Is_Found_And_The_First_Is_Said_With_How_Many_More()
    {
        var error = Assert.Throws<ZonePolicyException>(() =>
            ZonePolicy.Parse("zones:\n  - { id: a, color: red }\n  - { id: b, trust: semi, vlans: [0] }", "zones.yaml"));

        Assert.Equal("zones.yaml:2: zone 'a'.color: 'red' must be #RRGGBB (and 2 more)", error.Message);
    }

    [Fact]
    public void A_Zone_Has_Its_Purpose_In_Both_Languages_And_Its_Segments_With_Their_Own()
    {
        var policy = ZonePolicy.Parse("""
            zones:
              - id: lines
                purpose: { en: Dedicated lines to the exchanges, zh-TW: 交易所專線 }
                segments:
                  - { subnet: 172.22.255.0/30, line: backup, purpose: { zh-TW: 備援專線 } }
                  - { vlan: 300, purpose: { en: Partner line } }
            """, "zones.yaml");

        var zone = policy.Zones.Single();
        Assert.Equal(("Dedicated lines to the exchanges", "交易所專線"), (zone.Purpose.In("en"), zone.Purpose.In("zh-TW")));
        Assert.Equal([IpPrefix.Parse("172.22.255.0/30"), null], zone.Segments.Select(s => s.Subnet));
        Assert.Equal([null, 300], zone.Segments.Select(s => s.Vlan));
        Assert.Equal([LineRole.Backup, null], zone.Segments.Select(s => s.Line));
        Assert.Equal("備援專線", zone.Segments[0].Purpose.In("en")); // said in the one language given
    }

    [Fact]
    public void A_Segment_Is_Found_By_Its_Most_Specific_Subnet_Then_By_Its_Vlan()
    {
        var policy = ZonePolicy.Parse("""
            zones:
              - id: lines
                segments:
                  - { subnet: 172.16.0.0/12, purpose: { en: all lines } }
                  - { subnet: 172.22.255.0/30, purpose: { en: backup line } }
                  - { vlan: 300, purpose: { en: partner VLAN } }
            """, "zones.yaml");
        var zones = new ZoneMap(new TopologyGraph(), policy);

        Assert.Equal("backup line", zones.SegmentOf(IpPrefix.Parse("172.22.255.0/30"), 300)?.Purpose.En);
        Assert.Equal("all lines", zones.SegmentOf(IpPrefix.Parse("172.20.255.0/30"), null)?.Purpose.En);
        Assert.Equal("partner VLAN", zones.SegmentOf(IpPrefix.Parse("10.3.0.0/24"), 300)?.Purpose.En);
        Assert.Null(zones.SegmentOf(IpPrefix.Parse("10.3.0.0/24"), null));
    }

    [Fact]
    public void A_Missing_File_Is_Named()
    {
        var e = Assert.Throws<ZonePolicyException>(() => ZonePolicy.Load("/nonexistent/zones.yaml"));
        Assert.Equal("zone policy '/nonexistent/zones.yaml' does not exist", e.Message);
    }
}
