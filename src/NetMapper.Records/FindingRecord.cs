using NetMapper.Zones;

namespace NetMapper.Records;

/// <summary>Findings: the segmentation checks (Art. 5) and the scan's own, each with its title, code, devices by name
/// and what it found, in the records' language.</summary>
internal static class FindingRecord
{
    public static RecordTable Build(RecordContext c)
    {
        var w = c.W;
        var segmentation = SegmentationRules.Evaluate(c.Graph, c.Zones, c.Language);
        var rows = segmentation.Select(f => (Finding: f, Detail: f.Message))
            .Concat(c.Graph.Findings.Select(f => (Finding: f, Detail: FindingWords.Detail(f, c.Graph, c.Chinese))))
            .Select(x => new RecordCell[]
            {
                SeverityWords.Of(x.Finding.Severity, c.Chinese), FindingWords.Title(x.Finding.Code, c.Chinese), x.Finding.Code,
                string.Join(", ", x.Finding.Devices.Select(c.Name)), x.Detail,
            });
        IReadOnlyList<string> headers =
        [
            w["Severity", "嚴重度"], w["Finding", "項目"], w["Code", "代碼"], w["Devices", "設備"], w["Detail", "說明"],
        ];
        return new RecordTable("findings", w["Findings", "檢查發現"], headers, rows.ToArray());
    }
}
