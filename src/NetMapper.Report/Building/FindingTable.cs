using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>Findings, the segmentation checks first, as the findings record lists them.</summary>
internal static class FindingTable
{
    public static ReportTable Build(ReportContext c)
    {
        var t = c.Text;
        var rows = c.Findings.Select(f => Row(c, f) with
        {
            Device = f.Finding.Devices.FirstOrDefault(),
            Zones = f.Finding.Devices.SelectMany(c.DeviceZones).Distinct(StringComparer.Ordinal).ToArray(),
        });
        ReportColumn[] columns =
        [
            new(t["Severity", "嚴重度"]), new(t["Finding", "項目"]), new(t["Code", "代碼"]), new(t["Devices", "設備"]),
            new(t["Detail", "說明"]),
        ];
        return new ReportTable("findings", t["Findings", "檢查發現"], columns, rows.ToArray());
    }

    public static ReportRow Row(ReportContext c, ReportFinding f) => new(
    [
        SeverityWords.Of(f.Finding.Severity, c.Chinese), FindingWords.Title(f.Finding.Code, c.Chinese), f.Finding.Code,
        string.Join(", ", f.Finding.Devices.Select(c.Name)), f.Detail,
    ]);
}
