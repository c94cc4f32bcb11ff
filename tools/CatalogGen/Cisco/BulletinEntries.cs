namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>
/// Turns the selected rows into hardware entries: the PIDs of one bulletin with identical milestones form one entry,
/// <c>cisco-&lt;bulletin&gt;-&lt;n&gt;</c> ("cisco-eol14896-1" for EOL14896 - Amended), numbered within the bulletin in
/// the order of each group's first PID.
/// </summary>
internal static class BulletinEntries
{
    public static IReadOnlyList<HardwareItem> Build(
        IReadOnlyList<SelectedPid> selected, SysObjectIdIndex oids, GenerationReport report)
    {
        var items = new List<HardwareItem>();
        foreach (var bulletin in selected.GroupBy(s => BulletinNames.IdPart(s.Row.Bulletin, s.Row.Url), StringComparer.Ordinal))
        {
            var groups = bulletin.GroupBy(s => (s.Row.Dates, s.Row.Url, s.Row.Bulletin))
                .Select(g => g.OrderBy(s => s.Pid, StringComparer.Ordinal).ToList())
                .OrderBy(g => g[0].Pid, StringComparer.Ordinal)
                .ToList();
            for (var n = 0; n < groups.Count; n++) items.Add(ToItem(bulletin.Key, groups[n], n + 1, oids, report));
        }
        return items.OrderBy(i => i.Series, StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    private static HardwareItem ToItem(string idPart, List<SelectedPid> group, int n, SysObjectIdIndex oids,
        GenerationReport report)
    {
        var row = group[0].Row;
        if (row.Bulletin.Length == 0) report.Count("entries whose bulletin has no id (named after its page)");
        var products = group.Select(s => s.Pid).ToList();
        var series = group.SelectMany(s => s.Series).Distinct().Order(StringComparer.Ordinal);
        return new HardwareItem(
            Id: $"cisco-{idPart}-{n}",
            Series: string.Join(" / ", series),
            Products: products,
            SysObjectIds: oids.For(products),
            Milestones: row.Dates,
            Source: new ItemSource(row.Bulletin, row.Url, CiscoDataset.Scraped));
    }
}
