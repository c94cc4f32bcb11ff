using System.Text.RegularExpressions;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The demo's records as an auditor opens them: the zh-TW workbook holds no English enum value in any cell, numbers are
/// numbers, columns have widths, header rows are frozen; one vendor name per OUI; the management segment, the carrier
/// lines and purposes are there. The English workbook stays English.
/// </summary>
[Collection(SampleDemo.Collection)]
public sealed partial class SampleRecordsTests(SampleDemo demo)
{
    private WorkbookXml Chinese => WorkbookXml.Read(Path.Combine(demo.OutDir, "records", "netmapper-records-scan1.xlsx"));

    /// <summary>Every enum whose values the records write, and the scan's own English words for hosts and routes.</summary>
    private static readonly string[] EnglishValues =
    [
        .. Names<DeviceRole>(), .. Names<PollStatus>(), .. Names<FindingSeverity>(), .. Names<LinkConfidence>(), .. Names<ZoneTrust>(),
        .. Names<LineRole>(), .. Names<LifecycleStatus>(), .. Names<UnknownReason>(), .. Names<LifecycleComponent>(),
        .. Names<Milestone>(), .. FoundByWords.Chinese.Keys, "other", "local", "static", "connected", "device interface",
        "neighbour announcement", "authPriv", "authNoPriv", "noAuthNoPriv",
    ];

    /// <summary>Ports as their device names them (fw-int1's port is called "management") and the findings' codes, which
    /// are identifiers: the only cells whose English is the data itself.</summary>
    private static bool Named(WorkbookXml.Sheet sheet, WorkbookXml.Cell cell) =>
        cell.Row > 1 && sheet.Headers[cell.Column - 1] is "介面" or "連接埠" or "代碼";

    private static string[] Names<T>() where T : struct, Enum => Enum.GetNames<T>();

    /// <summary>"NotPolled", "not polled", "not-polled" and "notPolled" are one value; other text stays as it is.</summary>
    private static string Plain(string value) => Separators().Replace(value, "").ToLowerInvariant();

    [Fact]
    public void No_Cell_Of_The_Chinese_Workbook_Is_An_English_Enum_Value()
    {
        var english = EnglishValues.Select(Plain).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);

        var cells = Chinese.Sheets.SelectMany(s => s.Cells.Where(c => !Named(s, c))
            .Select(c => (Sheet: s.Name, c.Row, c.Column, c.Value))).ToArray();

        Assert.True(cells.Length > 1000, $"only {cells.Length} cells read");
        var offending = cells.Where(c => english.Contains(Plain(c.Value))).Select(c => $"{c.Sheet} R{c.Row}C{c.Column}: {c.Value}");
        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("設備清冊", "角色")]
    [InlineData("設備清冊", "輪詢狀態")]
    [InlineData("設備清冊", "SNMP 存取")]
    [InlineData("主機 IP 位址", "發現方式")]
    [InlineData("路由", "下一跳")]
    [InlineData("檢查發現", "嚴重度")]
    [InlineData("檢查發現", "項目")]
    [InlineData("檢查發現", "說明")]
    [InlineData("備援線路", "類型")]
    [InlineData("備援線路", "備援說明")]
    [InlineData("網段", "用途")]
    public void A_Column_Of_Words_Is_In_Chinese_In_Every_Row(string sheet, string header)
    {
        var column = Chinese[sheet].Column(header).ToArray();

        Assert.NotEmpty(column);
        Assert.All(column.Where(c => sheet != "路由" || !c.Value.Contains('.', StringComparison.Ordinal)),
            c => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", c.Value));
    }

    [Theory]
    [InlineData("網段", "VLAN")]
    [InlineData("網段", "設備數")]
    [InlineData("網段", "主機數")]
    [InlineData("路由", "成本")]
    [InlineData("主機 IP 位址", "VLAN")]
    [InlineData("掃描資訊", "內容")]
    public void Counts_Vlans_And_Metrics_Are_Number_Cells(string sheet, string header)
    {
        var column = Chinese[sheet].Column(header).Where(c => c.Value.All(char.IsAsciiDigit)).ToArray();

        Assert.NotEmpty(column);
        Assert.All(column, c => Assert.True(c.IsNumber, $"{sheet} R{c.Row} '{c.Value}' is stored as text"));
    }

    [Fact]
    public void Every_Sheet_Has_A_Width_For_Each_Column_And_A_Frozen_Header_Row()
    {
        Assert.All(Chinese.Sheets, sheet =>
        {
            Assert.Equal(1, sheet.FrozenRows);
            Assert.Equal(sheet.Headers.Count, sheet.Widths.Count);
            Assert.All(sheet.Headers.Zip(sheet.Widths), h => Assert.True(h.Second >= ColumnWidths.DisplayWidth(h.First), h.First));
        });
    }

    [Fact]
    public void One_Vendor_Name_Per_Oui_In_Short_Form_For_Devices_And_Hosts_Alike()
    {
        var hosts = Chinese["主機 IP 位址"];
        var vendorByRow = hosts.Column("廠牌").ToDictionary(c => c.Row, c => c.Value);
        var byOui = hosts.Column("MAC").Where(c => vendorByRow.ContainsKey(c.Row))
            .GroupBy(c => c.Value[..8], c => vendorByRow[c.Row]).ToDictionary(g => g.Key, g => g.Distinct().ToArray());

        Assert.All(byOui, oui => Assert.Single(oui.Value));
        Assert.Equal(["VMware"], byOui["00:50:56"]);
        Assert.Equal(["Cisco"], byOui["00:1f:ca"]);
        var devices = Chinese["設備清冊"];
        var deviceVendors = devices.Column("廠牌").Select(c => c.Value).ToArray();
        Assert.DoesNotContain("net-snmp", deviceVendors);
        Assert.DoesNotContain(deviceVendors.Concat(vendorByRow.Values), v => v.Contains(", Inc", StringComparison.Ordinal));
        var ordGw01 = devices.Column("名稱").Single(c => c.Value == "ord-gw01").Row;
        Assert.Equal("VMware", devices.Column("廠牌").Single(c => c.Row == ordGw01).Value);
    }

    [Fact]
    public void The_Management_Segment_Is_A_Segment_With_Its_Vlan_And_Its_Addresses_Are_Host_Ips()
    {
        var segments = Chinese["網段"];
        int row = segments.Column("網段").Single(c => c.Value == "127.20.99.0/24").Row;

        Assert.Equal("99", segments.Column("VLAN").Single(c => c.Row == row).Value);
        Assert.Equal("管理網路", segments.Column("區域").Single(c => c.Row == row).Value);
        var polled = demo.Graph.Devices.Count(d => d.Status is PollStatus.Done);
        var addresses = Chinese["主機 IP 位址"].Column("IP 位址");
        var management = addresses.Count(c => c.Value.StartsWith("127.20.99.", StringComparison.Ordinal));
        Assert.Equal(polled, management);
    }

    [Fact]
    public void The_Vlan_Of_An_Svi_Address_Is_Filled()
    {
        var hosts = Chinese["主機 IP 位址"];
        var svi = hosts.Column("連接埠").Where(c => c.Value == "Vlan110").Select(c => c.Row).ToHashSet();

        Assert.Equal(2, svi.Count); // core-sw1 and core-sw2
        Assert.All(hosts.Column("VLAN").Where(c => svi.Contains(c.Row)), c => Assert.Equal("110", c.Value));
        Assert.Equal(svi.Count, hosts.Column("VLAN").Count(c => svi.Contains(c.Row)));
    }

    [Fact]
    public void The_Carrier_Lines_Are_Backup_Lines_With_Primary_And_Backup_From_The_Zone_Policy()
    {
        var lines = Chinese["備援線路"];
        var outside = lines.Column("類型").Where(c => c.Value == "對外線路").Select(c => c.Row).ToHashSet();
        var router = lines.Column("兩端 / 目的網段").Where(c => outside.Contains(c.Row))
            .ToLookup(c => c.Value.Split(' ')[0], c => c.Row);
        var said = lines.Column("備援說明").ToDictionary(c => c.Row, c => c.Value);
        string Said(string name) => string.Join(" / ", router[name].Select(row => said[row]));

        Assert.Equal(5, outside.Count);
        Assert.Equal(2, router["exch-rtr1"].Count()); // TWSE and TAIFEX
        Assert.StartsWith("中華電信 HiNet 網際網路線路：主線路，由 edge-rtr2", Said("edge-rtr1"), StringComparison.Ordinal);
        Assert.StartsWith("台灣固網網際網路線路：備援線路，於 edge-rtr1", Said("edge-rtr2"), StringComparison.Ordinal);
        const string takesOver = "備援線路，於 exch-rtr1 GigabitEthernet0/0/0、exch-rtr1 GigabitEthernet0/0/1 中斷時接手";
        Assert.Contains(takesOver, Said("exch-rtr2"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_Purpose_Repeats_Its_Vlan_Or_Zone_Name_And_Every_Segment_Of_The_Sample_Has_One()
    {
        var segments = Chinese["網段"];
        var names = segments.Column("VLAN 名稱").Concat(segments.Column("區域")).ToLookup(c => c.Row, c => c.Value);

        var purposes = segments.Column("用途").ToArray();
        Assert.Equal(demo.Graph.Subnets.Count, purposes.Length);
        Assert.All(purposes, p => Assert.DoesNotContain(p.Value, names[p.Row]));
    }

    [Fact]
    public async Task The_English_Workbook_Stays_English()
    {
        var outDir = Path.Combine(demo.OutDir, "records-en");

        var written = await CliRunner.RunAsync("records", "--db", demo.Db, "--out", outDir, "--format", "xlsx", "--lang", "en",
            "--zones", SampleDemo.ZonesFile);

        Assert.True(written.Exit == 0, written.Err);
        var english = WorkbookXml.Read(Path.Combine(outDir, "netmapper-records-scan1.xlsx"));
        Assert.Equal(["Scan", "Network segments", "Routing", "Host IP addresses", "Backup lines", "Wireless", "Devices", "Findings"],
            english.Sheets.Select(s => s.Name));
        Assert.DoesNotContain(english.Sheets.SelectMany(s => s.Cells), c => Regex.IsMatch(c.Value, @"\p{IsCJKUnifiedIdeographs}"));
        Assert.Contains("router", english["Devices"].Column("Role").Select(c => c.Value));
    }

    [GeneratedRegex(@"[\s_-]")]
    private static partial Regex Separators();
}
