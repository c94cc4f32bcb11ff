using System.Text;
using MiniExcelLibs;

namespace NetMapper.Records.Tests;

public sealed class RecordWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-records-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<RecordTable> Records(string language = "zh-TW")
    {
        var graph = SmallOffice.Graph();
        return RecordBuilder.Build(graph, SmallOffice.Zones(graph), language);
    }

    /// <summary>A sheet as MiniExcel reads it back: the header row first, every cell as text.</summary>
    private static string[][] Sheet(string path, string sheet) => Cells(MiniExcel.Query(path, sheetName: sheet));

    /// <summary>A CSV file as MiniExcel reads it back, the header row first.</summary>
    private static string[][] Csv(string path) => Cells(MiniExcel.Query(path, excelType: ExcelType.CSV));

    private static string[][] Cells(IEnumerable<dynamic> rows) =>
        rows.Cast<IDictionary<string, object?>>().Select(row => row.Values.Select(v => v?.ToString() ?? "").ToArray()).ToArray();

    [Fact]
    public void The_Workbook_Has_A_Sheet_Per_Record_That_Reads_Back_Cell_For_Cell()
    {
        var tables = Records();

        var written = RecordWriter.Write(tables, _dir, "netmapper-records-scan3", ["xlsx"]);

        var path = Assert.Single(written);
        Assert.Equal(Path.Combine(_dir, "netmapper-records-scan3.xlsx"), path);
        Assert.Equal(tables.Select(t => t.Title), MiniExcel.GetSheetNames(path));
        foreach (var table in tables)
        {
            var sheet = Sheet(path, table.Title);
            Assert.Equal(table.Headers, sheet[0]);
            Assert.Equal(table.Rows.Select(r => string.Join('|', r)), sheet.Skip(1).Select(r => string.Join('|', r)));
        }
    }

    [Fact]
    public void Numbers_Are_Number_Cells_Every_Column_Has_Its_Width_And_Every_Header_Row_Is_Frozen()
    {
        var tables = Records();

        var workbook = WorkbookXml.Read(Assert.Single(RecordWriter.Write(tables, _dir, "scan", ["xlsx"])));

        Assert.All(workbook.Sheets, s => Assert.Equal(1, s.FrozenRows));
        foreach (var (table, sheet) in tables.Zip(workbook.Sheets))
        {
            Assert.Equal(table.Headers.Count, sheet.Widths.Count);
            var cells = table.Rows.SelectMany(r => r.Select((cell, column) => (cell, column)));
            Assert.All(table.Headers.Select((header, column) => (header, column)), h => Assert.True(
                sheet.Widths[h.column] >= ColumnWidths.Of(h.header, table.Rows.Select(r => r[h.column])), $"{sheet.Name} {h.header}"));
            int numbers = table.Rows.Sum(r => r.Count(c => c.Number is not null));
            Assert.Equal(numbers, sheet.Cells.Count(c => c.IsNumber));
        }
        var segments = workbook["網段"];
        var counted = segments.Column("設備數").Concat(segments.Column("主機數")).Concat(segments.Column("VLAN"));
        Assert.All(counted, c => Assert.True(c.IsNumber));
        Assert.All(segments.Column("網段"), c => Assert.False(c.IsNumber));
        const string foundBy = "ARP 表、MAC 位址表"; // 12 characters, 18 digit widths
        Assert.True(workbook["主機 IP 位址"].Widths[8] >= foundBy.Length + 6, "a Chinese character counts as two digits");
    }

    [Fact]
    public void Each_Csv_Starts_With_A_Utf8_Byte_Order_Mark_And_Reads_Back_With_Its_Commas_Quoted()
    {
        var tables = Records("en");

        var written = RecordWriter.Write(tables, _dir, "netmapper-records-scan3", ["csv"]);

        Assert.Equal(tables.Select(t => Path.Combine(_dir, $"netmapper-records-scan3-{t.Id}.csv")), written);
        var hosts = tables.Single(t => t.Id == "hosts");
        var path = Path.Combine(_dir, "netmapper-records-scan3-hosts.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        var cells = Csv(path);
        Assert.Equal(hosts.Headers, cells[0]);
        Assert.Equal(hosts.Rows.Select(r => string.Join('|', r)), cells.Skip(1).Select(r => string.Join('|', r)));
        Assert.Contains("\"arp-table, fdb\"", File.ReadAllText(path, Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Record_With_No_Rows_Still_Writes_Its_Header_In_Both_Formats()
    {
        var empty = new RecordTable("wireless", "無線網路", ["類型", "名稱", "型號", "IP 位址", "連接至", "區域"], []);

        RecordWriter.Write([empty], _dir, "empty", ["xlsx", "csv"]);

        var csv = Csv(Path.Combine(_dir, "empty-wireless.csv"));
        Assert.Equal(["類型,名稱,型號,IP 位址,連接至,區域"], csv.Select(r => string.Join(',', r)));
        var sheet = Sheet(Path.Combine(_dir, "empty.xlsx"), "無線網路");
        Assert.Equal(["類型,名稱,型號,IP 位址,連接至,區域"], sheet.Select(r => string.Join(',', r)));
    }

    [Fact]
    public void A_Title_Excel_Cannot_Take_As_A_Sheet_Name_Is_Cleaned_And_Cut_To_31_Characters()
    {
        var table = new RecordTable("summary", "Summary [draft]: as of 2026/12/01 for *all* zones?", ["Zone"], [["DMZ"]]);

        RecordWriter.Write([table], _dir, "names", ["xlsx"]);

        var name = Assert.Single(MiniExcel.GetSheetNames(Path.Combine(_dir, "names.xlsx")));
        Assert.Equal("Summary -draft-- as of 2026-12-", name);
        Assert.Equal(31, name.Length);
    }

    [Fact]
    public void Writing_Again_Replaces_The_Files_And_Only_The_Formats_Asked_For_Are_Written()
    {
        RecordWriter.Write(Records("en"), _dir, "scan", ["xlsx", "csv"]);

        var written = RecordWriter.Write(Records("zh-TW"), _dir, "scan", ["csv"]);

        Assert.Equal(7, written.Count);
        Assert.All(written, p => Assert.EndsWith(".csv", p, StringComparison.Ordinal));
        Assert.StartsWith("網段,", File.ReadAllText(Path.Combine(_dir, "scan-segments.csv"), Encoding.UTF8), StringComparison.Ordinal);
        Assert.Equal("Network segments", MiniExcel.GetSheetNames(Path.Combine(_dir, "scan.xlsx"))[0]); // untouched: not asked for
    }
}
