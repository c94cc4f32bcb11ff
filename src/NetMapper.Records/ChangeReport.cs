using NetMapper.Topology.Diff;

namespace NetMapper.Records;

/// <summary>
/// What changed between two scans as one record in the records' style: a row per added, removed or replaced item and
/// per changed field, for the quarterly refresh's evidence pack.
/// </summary>
public static class ChangeReport
{
    public static IReadOnlyList<RecordTable> Build(GraphDiff diff, string language)
    {
        var w = new Words(language);
        var rows = new List<IReadOnlyList<RecordCell>>();
        var d = diff.Devices;
        Add(rows, w, w["Device", "設備"], new ChangeSet(d.Added, d.Removed, d.Changed));
        string device = w["Device", "設備"], replaced = w["replaced", "汰換"];
        foreach (var r in d.Replaced)
            foreach (var f in r.Fields) rows.Add([device, replaced, r.Name, f.Field, f.Before ?? "", f.After ?? ""]);
        Add(rows, w, w["Link", "鏈路"], diff.Links);
        Add(rows, w, w["Subnet", "網段"], diff.Subnets);
        Add(rows, w, "VLAN", diff.Vlans);
        Add(rows, w, w["Route", "路由"], diff.Routes);
        Add(rows, w, w["Host", "主機"], diff.Hosts);
        foreach (var f in diff.Findings.New) rows.Add([w["Finding", "檢查發現"], w["new", "新增"], f.Label, "", "", ""]);
        foreach (var f in diff.Findings.Resolved) rows.Add([w["Finding", "檢查發現"], w["resolved", "已解決"], f.Label, "", "", ""]);
        string title = w[$"Changes scan {diff.From} to {diff.To}", $"變更（掃描 {diff.From} 至 {diff.To}）"];
        string[] headers =
        [
            w["Kind", "類別"], w["Change", "變更"], w["Item", "項目"],
            w["Field", "欄位"], w["Before", "變更前"], w["After", "變更後"],
        ];
        return [new RecordTable("changes", title, headers, rows)];
    }

    private static void Add(List<IReadOnlyList<RecordCell>> rows, Words w, string kind, ChangeSet set)
    {
        foreach (var item in set.Added) rows.Add([kind, w["added", "新增"], item.Label, "", "", ""]);
        foreach (var item in set.Removed) rows.Add([kind, w["removed", "移除"], item.Label, "", "", ""]);
        foreach (var change in set.Changed)
            foreach (var f in change.Fields) rows.Add([kind, w["changed", "變更"], change.Label, f.Field, f.Before ?? "", f.After ?? ""]);
    }
}
