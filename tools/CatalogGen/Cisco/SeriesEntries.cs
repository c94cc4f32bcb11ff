namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>
/// Series-level entries: for each series of the mapping file, the series end of sale and end of support of
/// cisco_series_lifecycle.csv, matched by the mapping's PID patterns. A series the CSV does not have, or has without
/// either date, is an error in the mapping; so is a PID that patterns of two series both match.
/// </summary>
internal static class SeriesEntries
{
    public static IReadOnlyList<HardwareItem> Build(string seriesCsv, IReadOnlyList<SeriesPatterns> mapping,
        IReadOnlyList<BulletinRow> allRows, GenerationReport report)
    {
        var known = Csv.ReadFile(seriesCsv, "series", "series_end_of_sale", "series_end_of_support")
            .ToDictionary(r => r["series"].Trim(), r => r, StringComparer.Ordinal);
        var items = new List<HardwareItem>();
        foreach (var entry in mapping)
        {
            if (!known.TryGetValue(entry.Series, out var row))
                throw new InvalidDataException($"patterns line {entry.Line}: no series '{entry.Series}' in {seriesCsv}");
            var unreadable = new List<string>();
            var dates = new Milestones(
                EndOfSale: BulletinCsv.Date(row, "series_end_of_sale", unreadable),
                LastDateOfSupport: BulletinCsv.Date(row, "series_end_of_support", unreadable));
            foreach (var cell in unreadable) report.Note($"series '{entry.Series}': {cell} is not a date, left out");
            if (dates.IsEmpty)
                throw new InvalidDataException($"patterns line {entry.Line}: '{entry.Series}' has no series dates");
            items.Add(new HardwareItem($"cisco-series-{BulletinNames.Slug(entry.Series)}", entry.Series, entry.Patterns,
                [], dates, new ItemSource("", CiscoDataset.SeriesListingUrl, CiscoDataset.Scraped)));
        }
        CheckAgainstBulletinPids(mapping, allRows, report);
        return items.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every PID the bulletins name (any kind, spares without their =) against every pattern: a PID two series
    /// claim stops the run; a PID the bulletins file under another series is reported for a maintainer to judge.
    /// </summary>
    private static void CheckAgainstBulletinPids(IReadOnlyList<SeriesPatterns> mapping, IReadOnlyList<BulletinRow> rows,
        GenerationReport report)
    {
        var seriesOfPid = rows.Where(r => r.Pid.Length > 0 && !r.Pid.Any(char.IsWhiteSpace))
            .GroupBy(r => r.Pid.TrimEnd('='), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Series).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (pid, series) in seriesOfPid.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var claims = mapping.Where(m => m.Patterns.Any(p => ProductPattern.Matches(p, pid))).ToList();
            if (claims.Count > 1)
                throw new InvalidDataException($"{pid} matches the patterns of {string.Join(" and ", claims.Select(c => c.Series))}");
            if (claims.Count == 1 && !series.Contains(claims[0].Series))
                report.Warn($"{pid}: pattern of '{claims[0].Series}', bulletins file it under {string.Join(", ", series.Order())}");
        }
    }
}
