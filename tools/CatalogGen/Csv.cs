using System.Text;

namespace NetMapper.Tools.CatalogGen;

/// <summary>One CSV record: its 1-based line in the file and its cells by column name.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] =>
        Cells.TryGetValue(column, out var value) ? value : throw new InvalidDataException($"no column '{column}'");
}

/// <summary>A small RFC 4180 reader: a header row, commas, double quotes with "" inside, LF or CRLF.</summary>
internal static class Csv
{
    public static IReadOnlyList<CsvRecord> ReadFile(string path, params string[] requiredColumns)
    {
        var rows = Parse(File.ReadAllText(path, Encoding.UTF8)).ToList();
        if (rows.Count == 0) throw new InvalidDataException($"{path}: empty");
        var header = rows[0].Cells;
        foreach (var column in requiredColumns.Where(c => !header.Contains(c)))
            throw new InvalidDataException($"{path}: no column '{column}' (has {string.Join(", ", header)})");
        return rows.Skip(1).Select(row => ToRecord(path, header, row)).ToList();
    }

    private static CsvRecord ToRecord(string path, List<string> header, (int Line, List<string> Cells) row)
    {
        if (row.Cells.Count != header.Count)
            throw new InvalidDataException($"{path}:{row.Line}: {row.Cells.Count} cells, the header has {header.Count}");
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++) cells[header[i]] = row.Cells[i];
        return new CsvRecord(row.Line, cells);
    }

    /// <summary>Records with the line each starts on; a quoted cell may span lines.</summary>
    public static IEnumerable<(int Line, List<string> Cells)> Parse(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted, i) = (1, 1, false, 0);
        while (i < text.Length)
        {
            var c = text[i++];
            if (quoted)
            {
                if (c == '"' && i < text.Length && text[i] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { cell.Append(c); if (c == '\n') line++; }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    cells.Add(cell.ToString()); cell.Clear();
                    yield return (start, cells);
                    cells = [];
                    start = ++line;
                    break;
                default: cell.Append(c); break;
            }
        }
        if (quoted) throw new InvalidDataException($"line {start}: a quoted cell is not closed");
        if (cell.Length > 0 || cells.Count > 0) { cells.Add(cell.ToString()); yield return (start, cells); }
    }
}
