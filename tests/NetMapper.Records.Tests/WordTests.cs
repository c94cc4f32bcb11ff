using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;

namespace NetMapper.Records.Tests;

/// <summary>Every value the records print has a word in both languages, and no two values share one.</summary>
public class WordTests
{
    [Fact]
    public void Every_Role_Has_Its_Own_Chinese_Word_And_The_Json_Spelling_In_English()
    {
        var roles = Enum.GetValues<DeviceRole>();

        Assert.All(roles, r => Assert.Equal(char.ToLowerInvariant(r.ToString()[0]) + r.ToString()[1..], RoleWords.Of(r, chinese: false)));
        Assert.Equal(roles.Length, roles.Select(r => RoleWords.Of(r, chinese: true)).Distinct().Count());
        var someRoles = new[] { DeviceRole.Firewall, DeviceRole.Router, DeviceRole.L3Switch, DeviceRole.Switch };
        Assert.Equal(["防火牆", "路由器", "三層交換器", "交換器"], someRoles.Select(r => RoleWords.Of(r, chinese: true)));
    }

    [Fact]
    public void Every_Status_Has_Its_Own_Word_In_Each_Language()
    {
        var statuses = Enum.GetValues<LifecycleStatus>();

        Assert.Equal(["end of support", "within horizon", "end of sale", "supported", "unknown"],
            statuses.Select(s => LifecycleWords.Status(s, false)));
        Assert.Equal(["已終止支援", "即將終止支援", "已停售", "支援中", "未知"],
            statuses.Select(s => LifecycleWords.Status(s, true)));
    }

    [Fact]
    public void Every_Reason_For_Unknown_Is_Said_And_No_Reason_Is_Empty_Text()
    {
        var reasons = Enum.GetValues<UnknownReason>().Where(r => r != UnknownReason.None).ToArray();

        Assert.Equal(["no catalog entry", "ambiguous model", "no model", "no version", "no end-of-support date in the catalog"],
            reasons.Select(r => LifecycleWords.Reason(r, false)));
        Assert.Equal(reasons.Length, reasons.Select(r => LifecycleWords.Reason(r, true)).Where(w => w.Length > 0).Distinct().Count());
        Assert.Equal(("", ""), (LifecycleWords.Reason(UnknownReason.None, false), LifecycleWords.Reason(UnknownReason.None, true)));
    }

    [Fact]
    public void Components_And_Milestones_Have_Distinct_Words_In_Each_Language()
    {
        foreach (bool chinese in new[] { false, true })
        {
            var components = Enum.GetValues<LifecycleComponent>().Select(c => LifecycleWords.Component(c, chinese)).ToArray();
            var milestones = Enum.GetValues<Milestone>().Select(m => LifecycleWords.Milestone(m, chinese)).ToArray();
            Assert.Equal(components.Length, components.Where(w => w.Length > 0).Distinct().Count());
            Assert.Equal(milestones.Length, milestones.Where(w => w.Length > 0).Distinct().Count());
        }
        Assert.Equal(["chassis", "module", "OS"], Enum.GetValues<LifecycleComponent>().Select(c => LifecycleWords.Component(c, false)));
    }

    [Fact]
    public void A_Date_Is_Iso_A_Milestone_Not_Announced_Says_So_And_An_Unknown_One_Is_Empty()
    {
        Assert.Equal("2019-10-31", LifecycleWords.Date(MilestoneDate.On(new DateOnly(2019, 10, 31)), chinese: true));
        Assert.Equal("not announced", LifecycleWords.Date(MilestoneDate.NotYetAnnounced, chinese: false));
        Assert.Equal("尚未公告", LifecycleWords.Date(MilestoneDate.NotYetAnnounced, chinese: true));
        Assert.Equal("", LifecycleWords.Date(null, chinese: false));
    }

    [Fact]
    public void Every_Poll_Status_Severity_And_Link_Confidence_Has_Its_Own_Chinese_Word_And_The_Json_Spelling_In_English()
    {
        AssertWords(Enum.GetValues<PollStatus>(), s => PollStatusWords.Of(s, false), s => PollStatusWords.Of(s, true));
        AssertWords(Enum.GetValues<FindingSeverity>(), s => SeverityWords.Of(s, false), s => SeverityWords.Of(s, true));
        AssertWords(Enum.GetValues<LinkConfidence>(), c => LinkWords.Confidence(c, false), c => LinkWords.Confidence(c, true));
    }

    [Fact]
    public void How_A_Host_Was_Found_And_Where_A_Route_Came_From_Are_Said_In_Chinese()
    {
        Assert.Equal("ARP 表、MAC 位址表", FoundByWords.Of(["arp-table", "fdb"], chinese: true));
        Assert.Equal("arp-table, fdb", FoundByWords.Of(["arp-table", "fdb"], chinese: false));
        Assert.Equal(["本機介面", "靜態", "OSPF", "BGP", "其他"],
            new[] { "local", "static", "ospf", "bgp", "other" }.Select(p => RouteProtocolWords.Of(p, chinese: true)));
        Assert.Equal("static", RouteProtocolWords.Of("static", chinese: false));
    }

    [Theory]
    [InlineData("v3 netops authPriv", "SNMPv3 使用者 netops（驗證並加密）")]
    [InlineData("v3 monitor AuthNoPriv", "SNMPv3 使用者 monitor（僅驗證，未加密）")]
    [InlineData("v2c community #2", "SNMP v2c 第 2 組社群字串")]
    [InlineData("v1 community #1", "SNMP v1 第 1 組社群字串")]
    [InlineData("", "")]
    public void Which_Credential_Answered_Is_Said_In_Chinese_Without_Its_Secret(string description, string chinese)
    {
        Assert.Equal(chinese, CredentialWords.Of(description, chinese: true));
        Assert.Equal(description, CredentialWords.Of(description, chinese: false));
    }

    private static void AssertWords<T>(T[] values, Func<T, string> english, Func<T, string> chinese) where T : struct, Enum
    {
        Assert.Equal(values.Select(v => Spelling.Of(v)), values.Select(english));
        Assert.Equal(values.Length, values.Select(chinese).Distinct().Count());
        Assert.All(values.Select(chinese), w => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", w));
    }
}
