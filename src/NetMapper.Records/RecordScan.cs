using System.Globalization;

namespace NetMapper.Records;

/// <summary>Which scan the records come from, and whether it finished: the first sheet, so no reader misses it.</summary>
public sealed record RecordScan(int Id, DateTimeOffset StartedAt, bool Complete, string Note)
{
    internal RecordTable Table(Words w)
    {
        string status = Complete
            ? w["complete", "完成"]
            : w["INCOMPLETE: the scan stopped before it finished", "未完成：掃描於結束前中止"];
        string started = StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var rows = new List<IReadOnlyList<RecordCell>>
        {
            new RecordCell[] { w["Scan", "掃描編號"], RecordCell.Of(Id) },
            new RecordCell[] { w["Started (UTC)", "開始時間 (UTC)"], started },
            new RecordCell[] { w["Status", "狀態"], status },
        };
        if (Note.Length > 0) rows.Add([w["Note", "說明"], Note]);
        return new RecordTable("scan", w["Scan", "掃描資訊"], [w["Item", "項目"], w["Value", "內容"]], rows);
    }
}
