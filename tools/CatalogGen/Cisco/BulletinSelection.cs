namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>The row that speaks for one product ID, and every series the CSV files that row's bulletin under.</summary>
internal sealed record SelectedPid(string Pid, BulletinRow Row, IReadOnlyList<string> Series);

/// <summary>
/// One row per product ID. A PID listed by several bulletins (an amended bulletin repeats the original's) takes the
/// row with the latest announcement date; on the same date an amended bulletin wins over one that is not. Rows still
/// tied but with different dates are settled by the greater bulletin id, then the first row in the file, and reported.
/// </summary>
internal static class BulletinSelection
{
    public static IReadOnlyList<SelectedPid> Select(IEnumerable<BulletinRow> rows, GenerationReport report)
    {
        var selected = new List<SelectedPid>();
        foreach (var group in rows.GroupBy(r => r.Pid, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ranked = group.OrderByDescending(r => r.Dates.Announced ?? DateOnly.MinValue)
                .ThenByDescending(r => r.IsAmended)
                .ThenByDescending(r => r.BulletinKey, StringComparer.Ordinal)
                .ThenBy(r => r.Line)
                .ToList();
            var winner = ranked[0];
            ReportUnsettledTie(ranked, report);
            var series = group.Where(r => r.BulletinKey == winner.BulletinKey && r.Dates == winner.Dates)
                .Select(r => r.Series).Distinct().Order(StringComparer.Ordinal).ToList();
            if (group.Any(r => r.BulletinKey != winner.BulletinKey)) report.Count("PIDs listed by more than one bulletin");
            selected.Add(new SelectedPid(group.Key, winner, series));
        }
        return selected;
    }

    /// <summary>Rows as recent and as amended as the winner, with other dates: the rule did not decide, the order did.</summary>
    private static void ReportUnsettledTie(List<BulletinRow> ranked, GenerationReport report)
    {
        var winner = ranked[0];
        var rivals = ranked.Skip(1).Where(r => r.Dates.Announced == winner.Dates.Announced
            && r.IsAmended == winner.IsAmended && r.Dates != winner.Dates).ToList();
        if (rivals.Count == 0) return;
        report.Warn($"{winner.Pid}: bulletins {winner.BulletinKey} (kept, line {winner.Line}) and "
            + string.Join(", ", rivals.Select(r => $"{r.BulletinKey} (line {r.Line})"))
            + " have the same announcement date and disagree");
    }
}
