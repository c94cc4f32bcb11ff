namespace NetMapper.Lifecycle.Import;

/// <summary>Which column of a CSV file holds which catalog field: the user's "header=field" pairs, then same names.</summary>
internal sealed class CsvColumns
{
    private CsvColumns(IReadOnlyList<(int Index, string Header, string Field)> columns) => Columns = columns;

    public IReadOnlyList<(int Index, string Header, string Field)> Columns { get; }

    public static CsvColumns Map(
        IReadOnlyList<string> headers, IReadOnlyList<string> pairs, string file, ICollection<ImportWarning> warnings)
    {
        var wanted = pairs.Select(Pair).ToList();
        var columns = new List<(int, string, string)>();
        foreach (var (header, field) in wanted)
        {
            var index = IndexOf(headers, header);
            if (index < 0)
                throw ImportSource.Invalid(file, "1", header, $"mapped to {field}, but the header row has no such column "
                    + $"(it has: {string.Join(", ", headers)})");
            columns.Add((index, headers[index], field));
        }
        var unused = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (columns.Any(c => c.Item1 == i)) continue;
            if (Field(headers[i]) is { } field) columns.Add((i, headers[i], field));
            else if (headers[i].Trim().Length > 0) unused.Add(headers[i]);
        }
        if (unused.Count > 0) warnings.Add(new(file, "1", $"columns not imported (no field mapped): {string.Join(", ", unused)}"));
        return new CsvColumns(columns);
    }

    private static (string Header, string Field) Pair(string pair)
    {
        var at = pair.LastIndexOf('=');
        if (at <= 0 || at == pair.Length - 1)
            throw new LifecycleException(LifecycleFailure.InvalidOption, $"column mapping '{pair}' is not HEADER=FIELD");
        var field = Field(pair[(at + 1)..])
            ?? throw new LifecycleException(LifecycleFailure.InvalidOption,
                $"column mapping '{pair}': '{pair[(at + 1)..]}' is not a field; the fields are: {string.Join(", ", CsvImporter.Fields)}");
        return (pair[..at].Trim(), field);
    }

    private static string? Field(string name) =>
        CsvImporter.Fields.FirstOrDefault(f => string.Equals(f, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++)
            if (string.Equals(headers[i].Trim(), header, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
