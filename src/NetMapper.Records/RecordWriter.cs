using System.Data;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.Csv;
using MiniExcelLibs.OpenXml;

namespace NetMapper.Records;

/// <summary>Writes records as one XLSX workbook (a sheet per record, the header row frozen, each column as wide as its
/// text, numbers as numbers) and/or one CSV file per record (UTF-8 with a byte order mark, so spreadsheet programs show
/// Chinese correctly).</summary>
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
            WriteWorkbook(tables, path);
            written.Add(path);
        }
        if (formats.Contains("csv"))
            foreach (var table in tables)
            {
                var path = Path.Combine(directory, $"{baseName}-{table.Id}.csv");
                var csv = new CsvConfiguration { StreamWriterFunc = WriterWithByteOrderMark };
                var data = Rows(table, table.Headers);
                MiniExcel.SaveAs(path, data, excelType: ExcelType.CSV, configuration: csv, overwriteFile: true);
                written.Add(path);
            }
        return written;
    }

    /// <summary>MiniExcel sizes columns by a key that holds for the whole workbook, so each sheet's columns get keys of their
    /// own ("s2c5") and show their header as the column's name.</summary>
    private static void WriteWorkbook(IReadOnlyList<RecordTable> tables, string path)
    {
        var sheets = new Dictionary<string, object>();
        var columns = new List<DynamicExcelColumn>();
        foreach (var (table, sheet) in tables.Select((t, i) => (t, i)))
        {
            var keys = table.Headers.Select((_, c) => $"s{sheet}c{c}").ToArray();
            sheets[SheetName(table.Title)] = Rows(table, keys);
            columns.AddRange(table.Headers.Select((header, c) => new DynamicExcelColumn(keys[c])
            {
                Name = header,
                Width = ColumnWidths.Of(header, table.Rows.Select(r => r[c])),
            }));
        }
        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, DynamicColumns = columns.ToArray() };
        MiniExcel.SaveAs(path, sheets, configuration: configuration, overwriteFile: true);
    }

    private static StreamWriter WriterWithByteOrderMark(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    /// <summary>A data table keeps the column order, and writes the header row of a record that has no rows. Numbers go in
    /// as numbers, everything else as text.</summary>
    private static DataTable Rows(RecordTable table, IReadOnlyList<string> columnNames)
    {
        var data = new DataTable(table.Id) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var name in columnNames) data.Columns.Add(name, typeof(object));
        foreach (var row in table.Rows) data.Rows.Add(row.Select(Value).ToArray());
        return data;
    }

    private static object Value(RecordCell cell) => cell.Number is long number ? number : cell.Text;

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet name.</summary>
    private static string SheetName(string title)
    {
        var clean = new string(title.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
