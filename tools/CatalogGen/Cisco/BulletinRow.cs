using System.Globalization;

namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>One bulletin x product-ID row of cisco_eol_bulletin_pids.csv, with the five milestones the catalog uses.</summary>
internal sealed record BulletinRow(
    int Line,
    string Category,
    string Series,
    string BulletinId,
    string Pid,
    string Kind,
    Milestones Dates,
    string Url,
    IReadOnlyList<string> Unreadable)
{
    public bool IsAmended => BulletinId.Contains("Amended", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bulletin as the catalog names it: the CSV's id with its dash and spaces normalised.</summary>
    public string Bulletin => BulletinNames.Display(BulletinId);

    /// <summary>What groups rows of one bulletin: its normalised id, or its page where the CSV gives no id.</summary>
    public string BulletinKey => Bulletin.Length > 0 ? Bulletin : Url;
}

/// <summary>
/// Reads the bulletin CSV. A milestone cell that is not a YYYY-MM-DD date is left out and kept in
/// <see cref="BulletinRow.Unreadable"/> for the report (the CSV has prose such as "Aligns to ... lifecycle dates").
/// </summary>
internal static class BulletinCsv
{
    private static readonly string[] Columns =
    [
        "category", "series", "bulletin_id", "pid", "pid_kind_heuristic", "endOfLifeAnnouncementDate", "endOfSaleDate",
        "endOfSoftwareMaintenance", "endOfVulnerabilitySecuritySupport", "lastDateOfSupport", "bulletin_url",
    ];

    public static IReadOnlyList<BulletinRow> Read(string path)
    {
        var rows = new List<BulletinRow>();
        foreach (var r in Csv.ReadFile(path, Columns))
        {
            var unreadable = new List<string>();
            var dates = new Milestones(
                Date(r, "endOfLifeAnnouncementDate", unreadable), Date(r, "endOfSaleDate", unreadable),
                Date(r, "endOfSoftwareMaintenance", unreadable), Date(r, "endOfVulnerabilitySecuritySupport", unreadable),
                Date(r, "lastDateOfSupport", unreadable));
            rows.Add(new BulletinRow(r.Line, r["category"].Trim(), r["series"].Trim(), r["bulletin_id"].Trim(),
                r["pid"].Trim(), r["pid_kind_heuristic"].Trim(), dates, r["bulletin_url"].Trim(), unreadable));
        }
        return rows;
    }

    /// <summary>The cell as a date; empty or not a YYYY-MM-DD date is null, the latter noted as "column: text".</summary>
    public static DateOnly? Date(CsvRecord record, string column, List<string> unreadable)
    {
        var text = record[column].Trim();
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        unreadable.Add($"{column}: \"{text}\"");
        return null;
    }
}
