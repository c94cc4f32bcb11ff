using System.Globalization;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;

namespace NetMapper.Records;

/// <summary>
/// The replacement plan (Art. 6) as record tables: one row per device, module and OS release, and a summary of
/// counts by status and zone.
/// </summary>
public static class LifecyclePlanTables
{
    public static IReadOnlyList<RecordTable> Build(IReadOnlyList<PlanRow> plan, LifecyclePolicy policy, string language)
    {
        var w = new Words(language);
        return [Plan(plan, policy, w), Summary(plan, policy, w)];
    }

    private static RecordTable Plan(IReadOnlyList<PlanRow> plan, LifecyclePolicy policy, Words w)
    {
        bool zh = w.Chinese;
        var headers = new List<string>
        {
            w["Priority", "優先順序"], w["Zone", "區域"], w["Role", "角色"], w["Name", "名稱"], w["Management IP", "管理 IP"],
            w["Component", "元件"], w["Vendor", "廠牌"], w["Product", "產品"], w["Serial", "序號"], w["Version", "版本"],
        };
        headers.AddRange(Enum.GetValues<Milestone>().Select(m => LifecycleWords.Milestone(m, zh)));
        headers.AddRange([w["Status", "狀態"], w["Reason", "原因"], w["Months left", "剩餘月數"], w["Firmware", "韌體"],
            w["Recommended replacement", "建議替代"], w["Target quarter", "目標季度"], w["Matched by", "比對依據"],
            w["Source", "資料來源"]]);
        var rows = plan.Select(p => PlanCells(p, zh, w)).ToArray();
        string asOf = Lifecycle.IsoDate.Format(policy.AsOf);
        string title = w[$"Replacement plan as of {asOf}", $"汰換計畫（基準日 {asOf}）"];
        return new RecordTable("lifecycle-plan", title, headers, rows);
    }

    private static List<RecordCell> PlanCells(PlanRow p, bool zh, Words w)
    {
        var r = p.Row;
        var d = r.Device;
        var cells = new List<RecordCell>
        {
            RecordCell.Of(p.Priority), p.Zone.Name, RoleWords.Of(d.Role, zh), d.Label,
            d.ManagementAddresses.FirstOrDefault() ?? "", LifecycleWords.Component(r.Component, zh) + Suffix(r.ComponentName),
            r.Match?.Entry.Vendor ?? d.Vendor, r.Product, r.Serial, r.Version,
        };
        cells.AddRange(Enum.GetValues<Milestone>().Select(m => (RecordCell)LifecycleWords.Date(r.Milestones[m], zh)));
        cells.AddRange([
            LifecycleWords.Status(r.Status, zh), LifecycleWords.Reason(r.Reason, zh), RecordCell.Of(r.MonthsLeft),
            r.Behind ? w[$"behind: {r.Latest} available", $"非最新：可更新至 {r.Latest}"] : "",
            r.Replacement, p.TargetQuarter, r.Match is { } m ? LifecycleWords.Evidence(m, zh) : "", r.Match?.Entry.Source.ToString() ?? "",
        ]);
        return cells;
    }

    private static string Suffix(string componentName) => componentName.Length > 0 ? $" ({componentName})" : "";

    private static RecordTable Summary(IReadOnlyList<PlanRow> plan, LifecyclePolicy policy, Words w)
    {
        bool zh = w.Chinese;
        var statuses = Enum.GetValues<LifecycleStatus>();
        var zones = plan.Select(p => p.Zone.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var headers = new List<string> { w["Zone", "區域"] };
        headers.AddRange(statuses.Select(s => LifecycleWords.Status(s, zh)));
        headers.Add(w["Total", "合計"]);
        var rows = zones.Select(z => Counts(z, plan.Where(p => p.Zone.Name == z), statuses)).ToList();
        rows.Add(Counts(w["All zones", "全部區域"], plan, statuses));
        string asOf = Lifecycle.IsoDate.Format(policy.AsOf);
        string title = w[$"Summary as of {asOf}", $"統計（基準日 {asOf}）"];
        return new RecordTable("lifecycle-summary", title, headers, rows);
    }

    private static List<RecordCell> Counts(string zone, IEnumerable<PlanRow> rows, IReadOnlyList<LifecycleStatus> statuses)
    {
        var list = rows.ToList();
        var cells = new List<RecordCell> { zone.Length > 0 ? zone : "-" };
        cells.AddRange(statuses.Select(s => RecordCell.Of(list.Count(p => p.Row.Status == s))));
        cells.Add(RecordCell.Of(list.Count));
        return cells;
    }
}
