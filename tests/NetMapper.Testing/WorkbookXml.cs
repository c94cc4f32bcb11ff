using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace NetMapper.Testing;

/// <summary>
/// An XLSX workbook read as Excel reads it, from the package's own XML: each sheet's cells with their type (a number is
/// <c>t="n"</c>, text is anything else), the column widths it sets, and whether its header row is frozen.
/// </summary>
public sealed class WorkbookXml
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelations = "http://schemas.openxmlformats.org/package/2006/relationships";

    public sealed record Cell(int Row, int Column, string Value, bool IsNumber);

    public sealed record Sheet(string Name, IReadOnlyList<Cell> Cells, IReadOnlyList<double> Widths, int FrozenRows)
    {
        public IReadOnlyList<string> Headers => Cells.Where(c => c.Row == 1).OrderBy(c => c.Column).Select(c => c.Value).ToArray();

        /// <summary>The cells under a header, one per data row that has a value there.</summary>
        public IEnumerable<Cell> Column(string header)
        {
            int column = Headers.ToList().IndexOf(header) + 1;
            if (column == 0) throw new ArgumentException($"sheet '{Name}' has no column '{header}'", nameof(header));
            return Cells.Where(c => c.Row > 1 && c.Column == column);
        }
    }

    public IReadOnlyList<Sheet> Sheets { get; }

    private WorkbookXml(IReadOnlyList<Sheet> sheets) => Sheets = sheets;

    public Sheet this[string name] => Sheets.Single(s => s.Name == name);

    public static WorkbookXml Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        XDocument Part(string name) => XDocument.Load(zip.GetEntry(name)?.Open() ?? throw new InvalidDataException($"no {name}"));
        var targets = Part("xl/_rels/workbook.xml.rels").Root!.Elements(PackageRelations + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? [] : Part("xl/sharedStrings.xml").Root!
            .Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToArray();
        var sheets = Part("xl/workbook.xml").Root!.Descendants(Main + "sheet").Select(s =>
        {
            string target = targets[(string)s.Attribute(Relations + "id")!].TrimStart('/');
            var xml = Part(target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
            return ReadSheet((string)s.Attribute("name")!, xml, shared);
        });
        return new WorkbookXml(sheets.ToArray());
    }

    private static Sheet ReadSheet(string name, XDocument xml, string[] shared)
    {
        var cells = xml.Descendants(Main + "c").Select(c =>
        {
            var (row, column) = Reference((string)c.Attribute("r")!);
            string type = (string?)c.Attribute("t") ?? "n";
            string value = type switch
            {
                "s" => shared[int.Parse(c.Element(Main + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                _ => c.Element(Main + "v")?.Value ?? "",
            };
            return new Cell(row, column, value, type == "n" && value.Length > 0);
        }).Where(c => c.Value.Length > 0).ToArray();
        var widths = xml.Descendants(Main + "col").Where(c => (string?)c.Attribute("customWidth") is "1" or "true")
            .Select(c => double.Parse((string)c.Attribute("width")!, CultureInfo.InvariantCulture)).ToArray();
        var pane = xml.Descendants(Main + "pane").FirstOrDefault(p => (string?)p.Attribute("state") == "frozen");
        int frozen = pane is null ? 0 : int.Parse((string?)pane.Attribute("ySplit") ?? "0", CultureInfo.InvariantCulture);
        return new Sheet(name, cells, widths, frozen);
    }

    /// <summary>"AB12" as row 12, column 28.</summary>
    private static (int Row, int Column) Reference(string reference)
    {
        int letters = reference.TakeWhile(char.IsLetter).Count();
        int column = reference[..letters].Aggregate(0, (n, ch) => n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1));
        return (int.Parse(reference[letters..], CultureInfo.InvariantCulture), column);
    }
}
