using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>
/// Cisco EoX API v5 responses (ShowEOXByPids and the like) as hardware entries, one per product ID. The pages of a
/// query given as several files are combined; a record Cisco answered with an error is skipped with a warning.
/// </summary>
public static class CiscoEoxImporter
{
    public static ImportResult Import(string path, CiscoEoxImportOptions? options = null) => Import([path], options);

    /// <summary>Several responses, such as the pages of one query, read as one.</summary>
    public static ImportResult Import(IEnumerable<string> paths, CiscoEoxImportOptions? options = null) =>
        ImportTexts(paths.Select(path => (path, ImportSource.Read(path))), options);

    /// <summary>A response held in memory; <paramref name="name"/> names it in messages.</summary>
    public static ImportResult ImportText(string json, string name, CiscoEoxImportOptions? options = null) =>
        ImportTexts([(name, json)], options);

    private static ImportResult ImportTexts(IEnumerable<(string Name, string Json)> texts, CiscoEoxImportOptions? options)
    {
        var warnings = new List<ImportWarning>();
        var pages = texts.Select(t => CiscoEoxPage.Read(t.Json, t.Name, options ?? CiscoEoxImportOptions.Default, warnings))
            .ToList();
        var entries = new List<HardwareEntry>();
        foreach (var query in pages.GroupBy(p => p.Query))
            entries.AddRange(CombinePages([.. query], warnings));
        return new ImportResult(Deduplicate(entries, warnings), warnings);
    }

    /// <summary>The pages of one query in page order; a page missing or given twice is a warning.</summary>
    private static IEnumerable<HardwareEntry> CombinePages(IReadOnlyList<CiscoEoxPage> pages, List<ImportWarning> warnings)
    {
        var last = pages.Max(p => p.Last);
        var seen = new HashSet<int>();
        foreach (var page in pages.OrderBy(p => p.Index))
        {
            if (seen.Add(page.Index)) continue;
            warnings.Add(new(page.File, "", $"page {page.Index} of '{page.Query}' was given twice: read once"));
        }
        var missing = Enumerable.Range(1, last).Where(i => !seen.Contains(i)).ToList();
        if (missing.Count > 0)
            warnings.Add(new(pages[0].File, "", $"page {string.Join(", ", missing)} of {last} of '{pages[0].Query}' "
                + "was not given: its records are not imported"));
        return pages.OrderBy(p => p.Index).DistinctBy(p => p.Index).SelectMany(p => p.Entries);
    }

    /// <summary>One entry per product ID: the first; a later record that says something else is a warning.</summary>
    private static List<CatalogEntry> Deduplicate(List<HardwareEntry> entries, List<ImportWarning> warnings)
    {
        var kept = new Dictionary<string, HardwareEntry>(StringComparer.Ordinal);
        var result = new List<CatalogEntry>();
        foreach (var entry in entries)
        {
            if (kept.TryAdd(entry.Id, entry))
            {
                result.Add(entry);
                continue;
            }
            var first = kept[entry.Id];
            if (first.Milestones != entry.Milestones || first.Replacement != entry.Replacement || first.Source != entry.Source)
                warnings.Add(new(entry.Origin.File, "", $"{entry.Products[0]} appears again with other data: "
                    + $"kept the record from {first.Origin.File}"));
        }
        return result;
    }
}
