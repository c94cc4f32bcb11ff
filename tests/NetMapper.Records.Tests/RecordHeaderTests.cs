namespace NetMapper.Records.Tests;

/// <summary>The seven records of Article 4.2, titled and headed in Traditional Chinese (the default) or English.</summary>
public class RecordHeaderTests
{
    private static IReadOnlyList<RecordTable> Build(string language)
    {
        var graph = SmallOffice.Graph();
        return RecordBuilder.Build(graph, SmallOffice.Zones(graph), language);
    }

    [Fact]
    public void The_Records_Come_In_The_Same_Order_With_Chinese_Or_English_Titles()
    {
        Assert.Equal(["segments", "routing", "hosts", "backup-lines", "wireless", "devices", "findings"],
            Build("zh-TW").Select(t => t.Id));
        Assert.Equal(["網段", "路由", "主機 IP 位址", "備援線路", "無線網路", "設備清冊", "檢查發現"],
            Build("zh-TW").Select(t => t.Title));
        Assert.Equal(["Network segments", "Routing", "Host IP addresses", "Backup lines", "Wireless", "Devices", "Findings"],
            Build("en").Select(t => t.Title));
    }

    public static TheoryData<string, string, string> Headers() => new()
    {
        { "segments", "網段|VLAN|VLAN 名稱|區域|閘道|設備數|主機數|用途",
            "Subnet|VLAN|VLAN name|Zone|Gateway|Devices|Hosts|Purpose" },
        { "routing", "設備|目的網段|下一跳|介面|協定|成本", "Device|Destination|Next hop|Interface|Protocol|Metric" },
        { "hosts", "IP 位址|MAC|廠牌|主機名稱|區域|所在設備|連接埠|VLAN|發現方式",
            "IP address|MAC|Vendor|Host name|Zone|Seen on device|Port|VLAN|Found by" },
        { "backup-lines", "類型|兩端 / 目的網段|鏈路 / 路徑|備援說明|依據",
            "Kind|Between / destination|Links / paths|What it backs up|Evidence" },
        { "wireless", "類型|名稱|型號|IP 位址|連接至|區域", "Kind|Name|Model|Address|Connected to|Zone" },
        { "devices", "名稱|角色|廠牌|型號|作業系統|序號|管理 IP|區域|輪詢狀態|"
            + "SNMP 存取|生命週期狀態|終止支援日",
            "Name|Role|Vendor|Model|OS|Serial|Management IP|Zone|Poll status|SNMP access|Lifecycle status|Support ends" },
        { "findings", "嚴重度|項目|代碼|設備|說明", "Severity|Finding|Code|Devices|Detail" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Each_Record_Has_Its_Headers_In_Either_Language_And_Every_Row_Fills_Them(string id, string chinese, string english)
    {
        var zh = Build("zh-TW").Single(t => t.Id == id);
        var en = Build("en").Single(t => t.Id == id);

        Assert.Equal(chinese, string.Join('|', zh.Headers));
        Assert.Equal(english, string.Join('|', en.Headers));
        Assert.NotEmpty(en.Rows);
        Assert.All(en.Rows.Concat(zh.Rows), r => Assert.Equal(en.Headers.Count, r.Count));
    }

    [Fact]
    public void An_Empty_Scan_Still_Gives_Every_Record_With_Its_Headers_And_No_Rows()
    {
        var empty = new NetMapper.Topology.TopologyGraph();

        var tables = RecordBuilder.Build(empty, SmallOffice.Zones(empty), "zh-TW");

        Assert.Equal(7, tables.Count);
        Assert.All(tables, t => { Assert.NotEmpty(t.Headers); Assert.Empty(t.Rows); });
    }
}
