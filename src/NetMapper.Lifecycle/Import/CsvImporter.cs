using CsvHelper;
using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>
/// A CSV file with a header row, one entry per row, its columns mapped to catalog fields by "header=field" pairs:
/// rows with an os are software entries, the others hardware.
/// </summary>
public static class CsvImporter
{
    /// <summary>The fields a column can be mapped to.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "id", "vendor", "series", "product", "products", "sysObjectId", "model", "os", "train", "versions", "latest",
        "announced", "endOfSale", "endOfSoftwareMaintenance", "endOfVulnerabilitySupport", "lastDateOfSupport",
        "replacement", "bulletin", "url", "checked",
    ];

    public static ImportResult Import(string path, CsvImportOptions? options = null) =>
        ImportText(ImportSource.Read(path), path, options);

    /// <summary>CSV text held in memory; <paramref name="name"/> names it in messages.</summary>
    public static ImportResult ImportText(string csv, string name, CsvImportOptions? options = null)
    {
        options ??= CsvImportOptions.Default;
        var warnings = new List<ImportWarning>();
        var entries = new List<CatalogEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows(csv, name, options, warnings))
        {
            if (row.IsEmpty) continue;
            var entry = CsvRowEntry.Read(row, options);
            if (ids.Add(entry.Id)) entries.Add(entry);
            else warnings.Add(new(name, $"{row.Line}", $"id '{entry.Id}' appears again: kept the first row"));
        }
        if (entries.Count == 0) warnings.Add(new(name, "", "no rows"));
        return new ImportResult(entries, warnings);
    }

    private static IEnumerable<CsvRow> Rows(string csv, string file, CsvImportOptions options, List<ImportWarning> warnings)
    {
        var settings = CsvReaderOptions.Default with
        {
            Separator = options.Separator,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var reader = CsvReader.FromText(csv, settings);
        var columns = CsvColumns.Map(Guard(file, () => reader.Headers), options.Columns, file, warnings);
        while (Guard(file, reader.Read))
        {
            var values = columns.Columns.Select(c => (c.Header, c.Field, reader.GetString(c.Index)?.Trim() ?? "")).ToList();
            yield return new CsvRow(file, (int)reader.LineNumber, values);
        }
    }

    private static T Guard<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException e)
        {
            throw ImportSource.Invalid(file, e.LineNumber > 0 ? $"{e.LineNumber}" : "", "", $"not valid CSV: {e.Message}");
        }
    }
}
