namespace NetMapper.Records.Tests;

public class LifecyclePlanTableTests
{
    private static (RecordTable Plan, RecordTable Summary) Build(string language)
    {
        var tables = LifecyclePlanTables.Build(OfficeLifecycle.Plan(), OfficeLifecycle.Policy, language);
        return (tables.Single(t => t.Id == "lifecycle-plan"), tables.Single(t => t.Id == "lifecycle-summary"));
    }

    [Fact]
    public void The_Plan_Has_A_Row_Per_Chassis_Module_And_Os_With_The_Five_Milestones_Between_Version_And_Status()
    {
        var (plan, _) = Build("en");

        Assert.Equal("Replacement plan as of 2026-12-01", plan.Title);
        Assert.Equal(
            "Priority|Zone|Role|Name|Management IP|Component|Vendor|Product|Serial|Version|EoL announced|End of sale|End of SW maintenance"
            + "|End of vulnerability support|Last date of support|Status|Reason|Months left|Firmware|Recommended replacement"
            + "|Target quarter|Matched by|Source", string.Join('|', plan.Headers));
        Assert.Equal(5, plan.Rows.Count);
        Assert.All(plan.Rows, r => Assert.Equal(plan.Headers.Count, r.Count));
    }

    [Fact]
    public void A_Chassis_Past_Support_Shows_Its_Dates_Replacement_Quarter_Evidence_And_Source()
    {
        var (plan, _) = Build("en");

        Assert.Equal("2 | Management | switch | acc1 | 10.99.0.21 | chassis | Cisco | WS-C3560-48PS-S | FOC0933X1AB | 12.2(55)SE"
            + " |  | 2013-10-31 |  |  | 2019-10-31 | end of support |  | -85 |  | C9200L-48P-4G | 2026Q4"
            + " | productId 'WS-C3560-48PS-S' = WS-C3560-48PS-S (cisco-ws-c3560, built-in cisco-hardware.yaml:12)"
            + " | EOL8000 https://example.com/eol/ws-c3560", string.Join(" | ", plan.Rows[0]));
    }

    [Fact]
    public void An_Unknown_Row_Gives_Its_Reason_And_A_Module_Its_Name_And_An_Old_Release_Its_Latest()
    {
        var (plan, _) = Build("en");
        string Cell(int row, string header) => plan.Rows[row][plan.Headers.ToList().IndexOf(header)].Text;

        Assert.Equal(("unknown", "no catalog entry", "7"), (Cell(1, "Status"), Cell(1, "Reason"), Cell(1, "Priority")));
        Assert.Equal("module (Switch 2)", Cell(3, "Component"));
        Assert.Equal("not announced", Cell(3, "End of sale"));
        Assert.Equal("", Cell(2, "Priority")); // supported: nothing to do
        Assert.Equal(("behind: 17.6.8a available", "within horizon", "l3Switch"),
            (Cell(4, "Firmware"), Cell(4, "Status"), Cell(4, "Role")));
    }

    [Fact]
    public void The_Plan_Speaks_Chinese_Headers_And_Values_When_Asked()
    {
        var (plan, _) = Build("zh-TW");

        Assert.Equal("汰換計畫（基準日 2026-12-01）", plan.Title);
        Assert.Equal(["優先順序", "區域", "角色", "名稱"], plan.Headers.Take(4));
        Assert.Equal(["停產公告日", "停止銷售日", "軟體維護終止日", "安全修補終止日", "最後支援日"],
            plan.Headers.Skip(10).Take(5));
        Assert.Equal(["交換器", "機箱", "已終止支援"], new[] { plan.Rows[0][2], plan.Rows[0][5], plan.Rows[0][15] });
        Assert.Equal(["模組 (Switch 2)", "尚未公告"], new[] { plan.Rows[3][5], plan.Rows[3][11] });
        Assert.Equal(["型錄無此項目", "作業系統"], new[] { plan.Rows[1][16], plan.Rows[1][5] });
        Assert.Equal("非最新：可更新至 17.6.8a", plan.Rows[4][18]);
        Assert.Equal("產品編號 'WS-C3560-48PS-S' = WS-C3560-48PS-S（cisco-ws-c3560，內建 cisco-hardware.yaml:12）",
            plan.Rows[0][21]);
    }

    [Fact]
    public void The_Summary_Counts_Rows_By_Status_Per_Zone_And_For_All_Zones()
    {
        var (_, summary) = Build("en");

        Assert.Equal("Summary as of 2026-12-01", summary.Title);
        Assert.Equal("Zone|end of support|within horizon|end of sale|supported|unknown|Total", string.Join('|', summary.Headers));
        Assert.Equal(
        [
            "Management | 1 | 0 | 0 | 0 | 1 | 2",
            "Production | 0 | 1 | 0 | 2 | 0 | 3",
            "All zones | 1 | 1 | 0 | 2 | 1 | 5",
        ], SmallOffice.Lines(summary));
        Assert.Equal("全部區域", Build("zh-TW").Summary.Rows[^1][0]);
    }

    [Fact]
    public void An_Empty_Plan_Still_Has_Its_Headers_And_An_All_Zones_Line_Of_Zeros()
    {
        var tables = LifecyclePlanTables.Build([], OfficeLifecycle.Policy, "en");

        Assert.Empty(tables[0].Rows);
        Assert.Equal(23, tables[0].Headers.Count);
        Assert.Equal(["All zones | 0 | 0 | 0 | 0 | 0 | 0"], SmallOffice.Lines(tables[1]));
    }
}
