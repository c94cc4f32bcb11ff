using NetMapper.Topology;

namespace NetMapper.Records.Tests;

public class FindingWordTests
{
    private static readonly TopologyGraph Graph = new()
    {
        Devices =
        [
            new Device("a") { Name = "core1", Status = PollStatus.Done },
            new Device("b") { Name = "acc3", Status = PollStatus.Unreachable, ManagementAddresses = ["10.99.0.23"] },
        ],
    };

    [Fact]
    public void Every_Finding_The_Scan_And_The_Zones_Make_Has_A_Title_Of_Its_Own_In_Each_Language()
    {
        var codes = FindingWords.KnownCodes;

        Assert.Equal(codes.Count, codes.Select(c => FindingWords.Title(c, chinese: true)).Distinct().Count());
        Assert.Equal(codes.Count, codes.Select(c => FindingWords.Title(c, chinese: false)).Distinct().Count());
        Assert.All(codes, c => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", FindingWords.Title(c, chinese: true)));
    }

    public static TheoryData<Finding, string> ScanFindings() => new()
    {
        { new Finding("snmp-cleartext", FindingSeverity.Warning, "en") { Devices = ["a"] },
            "core1 以 SNMP v1/v2c 回應，未使用 SNMPv3：管理流量未加密" },
        { new Finding("snmp-default-community", FindingSeverity.Problem, "en") { Devices = ["a"] },
            "core1 接受預設的 SNMP 社群字串" },
        { new Finding("poll-unreachable", FindingSeverity.Warning, "en") { Devices = ["b"] },
            "acc3（10.99.0.23）未完成輪詢：無法連線" },
        { new Finding("duplicate-address", FindingSeverity.Problem, "en") { Devices = ["a", "b"], Values = ["10.1.1.1"] },
            "10.1.1.1 同時設定於 core1、acc3" },
        { new Finding("ip-conflict", FindingSeverity.Problem, "en") { Values = ["10.1.1.9", "00:00:0c:00:00:01", "00:50:56:00:00:02"] },
            "10.1.1.9 由 2 個 MAC 位址回應（00:00:0c:00:00:01、00:50:56:00:00:02）：位址重複或遭冒用" },
        { new Finding("vendor-specific", FindingSeverity.Info, "as the scan wrote it"), "as the scan wrote it" },
    };

    [Theory]
    [MemberData(nameof(ScanFindings))]
    public void A_Finding_Of_The_Scan_Is_Said_In_Chinese_From_What_It_Names(Finding finding, string chinese)
    {
        Assert.Equal(chinese, FindingWords.Detail(finding, Graph, chinese: true));
        Assert.Equal(finding.Message, FindingWords.Detail(finding, Graph, chinese: false));
    }
}
