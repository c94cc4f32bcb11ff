using System.Data;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace NetMapper.Records;

/// <summary>Writes records as one XLSX workbook (a sheet per record) and/or one CSV file per record (UTF-8 with a byte
/// order mark, so spreadsheet programs show Chinese correctly).</summary>
public static class RecordWriter
{
    public static IReadOnlyList<string> Write(
        IReadOnlyList<RecordTable> tables, string directory, string baseName, IReadOnlyCollection<string> formats)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        if (formats.Contains("xlsx"))
        {
            var path = Path.Combine(directory, baseName + ".xlsx");
            var sheets = new Dictionary<string, object>();
            foreach (var table in tables) sheets[SheetName(table.Title)] = Rows(table);
            MiniExcel.SaveAs(path, sheets, overwriteFile: true);
            written.Add(path);
        }
        if (formats.Contains("csv"))
            foreach (var table in tables)
            {
                var path = Path.Combine(directory, $"{baseName}-{table.Id}.csv");
                var csv = new CsvConfiguration { StreamWriterFunc = WriterWithByteOrderMark };
                MiniExcel.SaveAs(path, Rows(table), excelType: ExcelType.CSV, configuration: csv, overwriteFile: true);
                written.Add(path);
            }
        return written;
    }

    private static StreamWriter WriterWithByteOrderMark(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    /// <summary>A data table keeps the column order, and writes the header row of a record that has no rows.</summary>
    private static DataTable Rows(RecordTable table)
    {
        var data = new DataTable(table.Id) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var header in table.Headers) data.Columns.Add(header, typeof(string));
        foreach (var row in table.Rows) data.Rows.Add(row.Cast<object>().ToArray());
        return data;
    }

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet name.</summary>
    private static string SheetName(string title)
    {
        var clean = new string(title.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
