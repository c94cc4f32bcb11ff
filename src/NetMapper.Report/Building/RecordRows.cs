using NetMapper.Records;

namespace NetMapper.Report;

/// <summary>A record's headers and cells as the report's columns and cells: the tables read as the records do.</summary>
internal static class RecordRows
{
    /// <summary>The headers, each with how its column sorts (text where no kind is given).</summary>
    public static ReportColumn[] Columns(IReadOnlyList<string> headers, params ColumnKind[] kinds) =>
        headers.Select((h, i) => new ReportColumn(h, i < kinds.Length ? kinds[i] : ColumnKind.Text)).ToArray();

    public static string[] Cells(IEnumerable<RecordCell> cells) => cells.Select(c => c.Text).ToArray();
}
