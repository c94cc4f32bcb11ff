using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>What changed between the two scans, as the change report of <c>netmapper diff --out</c> lists it.</summary>
internal static class ChangeTable
{
    public static ReportTable? Build(ReportContext c)
    {
        if (c.Input.Diff is not { } diff) return null;
        var record = ChangeReport.Build(diff, c.Input.Language)[0];
        var rows = record.Rows.Select(cells => new ReportRow(cells.Select(x => x.Text).ToArray()));
        return new ReportTable("changes", record.Title, record.Headers.Select(h => new ReportColumn(h)).ToArray(), rows.ToArray());
    }
}
