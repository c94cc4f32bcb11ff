using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>
/// An endoflife.date product as catalog entries, keeping each column's meaning (catalog README): eoas is the end of
/// software maintenance; eol the end of vulnerability support, or the last date of support where the site's column
/// says so; a device's release cycle is its product ID, discontinued its end of sale and eol its last date of support.
/// </summary>
internal static class EndOfLifeEntries
{
    public static ImportResult Build(EndOfLifeProduct product, EndOfLifeDateImportOptions options)
    {
        var vendor = options.Vendor ?? EndOfLifeDefaults.Vendors.GetValueOrDefault(product.Permalink)
            ?? throw new LifecycleException(LifecycleFailure.InvalidOption,
                $"{product.File}: no vendor is known for the endoflife.date product '{product.Permalink}': give one");
        var prefix = options.IdPrefix ?? product.Permalink;
        var warnings = new List<ImportWarning>();
        var entries = new List<CatalogEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var release in product.Releases)
        {
            var id = $"{prefix}-{release.Name.ToLowerInvariant()}";
            if (!ids.Add(id))
            {
                warnings.Add(new(product.File, Where(release), $"release '{release.Name}' appears again: kept the first"));
                continue;
            }
            CatalogEntry entry = product.IsDevice
                ? Hardware(product, release, id, vendor)
                : Software(product, release, id, vendor, options);
            entries.Add(entry with
            {
                Source = new CatalogSource("", Url(product, release), options.Checked),
                Origin = new CatalogOrigin(product.File, release.Line),
            });
        }
        if (entries.Count == 0) warnings.Add(new(product.File, "", "no releases"));
        return new ImportResult(entries, warnings);
    }

    private static SoftwareEntry Software(
        EndOfLifeProduct product, EndOfLifeRelease release, string id, string vendor, EndOfLifeDateImportOptions options)
    {
        var os = options.Os ?? EndOfLifeDefaults.OsFamilies.GetValueOrDefault(product.Permalink) ?? product.Permalink;
        var eol = EndOfLifeDefaults.EolIsEndOfSupport(product.EolLabel)
            ? Milestone.LastDateOfSupport : Milestone.EndOfVulnerabilitySupport;
        var milestones = Ended(release).With(Milestone.EndOfSoftwareMaintenance, Date(release.Eoas)).With(eol, Date(release.Eol));
        return new SoftwareEntry(id, vendor, os) { Train = release.Name, Latest = release.Latest, Milestones = milestones };
    }

    private static HardwareEntry Hardware(EndOfLifeProduct product, EndOfLifeRelease release, string id, string vendor)
    {
        var eoas = EndOfLifeDefaults.EoasIsEndOfSale(product.EoasLabel) ? Milestone.EndOfSale : Milestone.EndOfSoftwareMaintenance;
        var milestones = Ended(release).With(eoas, Date(release.Eoas)).With(Milestone.LastDateOfSupport, Date(release.Eol));
        if (Date(release.Discontinued) is { } discontinued) milestones = milestones.With(Milestone.EndOfSale, discontinued);
        // The label is the model name devices report ("FortiGate-70F" for the cycle "fg-70f").
        var model = release.Label.Length > 0 && release.Label != release.Name && !IsTemplate(release.Label) ? release.Label : "";
        return new HardwareEntry(id, vendor)
        {
            Products = [release.Name],
            Models = model.Length > 0 ? [model] : [],
            Milestones = milestones,
        };
    }

    /// <summary>No dates yet; ended where the eol column says "true" without a date.</summary>
    private static Milestones Ended(EndOfLifeRelease release) =>
        Milestones.None with { EndedWithoutDate = release.Eol.ReachedWithoutDate };

    private static MilestoneDate? Date(EndOfLifeValue value) => value.Date is { } date ? MilestoneDate.On(date) : null;

    private static string Url(EndOfLifeProduct product, EndOfLifeRelease release) =>
        release.Link.Length > 0 && !IsTemplate(release.Link) ? release.Link : product.Url;

    private static bool IsTemplate(string text) =>
        text.Contains("__", StringComparison.Ordinal) || text.Contains("{{", StringComparison.Ordinal);

    private static string Where(EndOfLifeRelease release) => release.Line > 0 ? $"{release.Line}" : "";
}
