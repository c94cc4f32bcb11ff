namespace NetMapper.Testing;

/// <summary>The pipe tables of a Markdown file, so tests can check what a README promises.</summary>
public static class MarkdownTables
{
    public sealed record Table(string[] Header, IReadOnlyList<string[]> Rows);

    public static IReadOnlyList<Table> Read(string path)
    {
        var tables = new List<Table>();
        string[]? header = null;
        List<string[]>? rows = null;
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()))
        {
            if (!line.StartsWith('|'))
            {
                if (header is not null) tables.Add(new Table(header, rows!));
                header = null;
                continue;
            }
            var cells = line.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            if (header is null) { header = cells; rows = []; }
            else if (!cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':'))) rows!.Add(cells);
        }
        if (header is not null) tables.Add(new Table(header, rows!));
        return tables;
    }
}
