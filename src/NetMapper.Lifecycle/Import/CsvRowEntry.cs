using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>A CSV row as a catalog entry: software where it names an OS, hardware otherwise.</summary>
internal static class CsvRowEntry
{
    private static readonly (string Field, Milestone Milestone)[] Dates =
    [
        ("announced", Milestone.Announced),
        ("endOfSale", Milestone.EndOfSale),
        ("endOfSoftwareMaintenance", Milestone.EndOfSoftwareMaintenance),
        ("endOfVulnerabilitySupport", Milestone.EndOfVulnerabilitySupport),
        ("lastDateOfSupport", Milestone.LastDateOfSupport),
    ];

    public static CatalogEntry Read(CsvRow row, CsvImportOptions options)
    {
        var vendor = row.Text("vendor") is { Length: > 0 } v ? v : options.Vendor
            ?? throw row.Invalid("vendor", "no vendor: map a vendor column or give the vendor option");
        CatalogEntry entry = row.Text("os").Length > 0 ? Software(row, vendor) : Hardware(row, vendor);
        var milestones = Dates.Aggregate(Milestones.None, (m, d) => m.With(d.Milestone, row.Milestone(d.Field)));
        return entry with
        {
            Milestones = milestones,
            Replacement = row.Text("replacement"),
            Source = new CatalogSource(row.Text("bulletin"), row.Text("url"), row.Date("checked") ?? options.Checked),
            Origin = new CatalogOrigin(row.File, row.Line),
        };
    }

    private static SoftwareEntry Software(CsvRow row, string vendor)
    {
        var os = row.Text("os");
        var train = row.Text("train");
        var versions = row.List("versions");
        if ((train.Length > 0) == (versions.Count > 0))
            throw row.Invalid("train", "a row with an os needs a train or versions, not both");
        var id = Id(row, vendor, $"{os}-{(train.Length > 0 ? train : versions[0])}");
        return new SoftwareEntry(id, vendor, os) { Train = train, Versions = versions, Latest = row.Text("latest") };
    }

    private static HardwareEntry Hardware(CsvRow row, string vendor)
    {
        var products = row.List("product", "products");
        var sysObjectIds = row.List("sysObjectId");
        var models = row.Names("model");
        var first = products.Concat(models).Concat(sysObjectIds).FirstOrDefault()
            ?? throw row.Invalid("products", "nothing to match a device by: no product, sysObjectId or model (and no os)");
        return new HardwareEntry(Id(row, vendor, first), vendor)
        {
            Series = row.Text("series"),
            Products = products,
            SysObjectIds = sysObjectIds,
            Models = models,
        };
    }

    /// <summary>The row's id, or vendor and what the entry matches, lower-cased with spaces as dashes.</summary>
    private static string Id(CsvRow row, string vendor, string what) =>
        row.Text("id") is { Length: > 0 } id ? id : $"{vendor}-{what}".ToLowerInvariant().Replace(' ', '-');
}
