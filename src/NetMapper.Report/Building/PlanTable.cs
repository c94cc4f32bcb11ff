using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>
/// The replacement plan (Art. 6) as the lifecycle plan's record words it, each row with its device and zone: the record
/// has a row per plan row, in the plan's order.
/// </summary>
internal static class PlanTable
{
    public static ReportTable? Build(ReportContext c)
    {
        if (c.Input.LifecyclePolicy is not { } policy || c.Input.Lifecycle.Count == 0) return null;
        var plan = c.Input.Plan;
        var record = LifecyclePlanTables.Build(plan, policy, c.Input.Language)[0];
        string[] numbers = [c.Text["Priority", "優先順序"], c.Text["Months left", "剩餘月數"]];
        var numeric = numbers.ToHashSet(StringComparer.Ordinal);
        var columns = record.Headers.Select(h => new ReportColumn(h, numeric.Contains(h) ? ColumnKind.Number : ColumnKind.Text));
        var rows = record.Rows.Select((cells, i) => new ReportRow(cells.Select(x => x.Text).ToArray())
        {
            Device = plan[i].Row.Device.Id,
            Zones = c.DeviceZones(plan[i].Row.Device.Id),
            Change = c.Changes.Device(plan[i].Row.Device.Id),
        });
        return new ReportTable("lifecycle", record.Title, columns.ToArray(), rows.ToArray());
    }
}
