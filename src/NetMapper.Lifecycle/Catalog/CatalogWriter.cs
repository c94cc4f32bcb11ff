namespace NetMapper.Lifecycle.Catalog;

/// <summary>
/// Writes catalog entries as a catalog file (format netmapper-lifecycle/1, see catalog/README.md): hardware then
/// software, each in the order given, keys in the README's order, unknown and empty fields left out. The same entries
/// always give the same text.
/// </summary>
public static class CatalogWriter
{
    public const string Format = "netmapper-lifecycle/1";

    /// <summary>
    /// The catalog text. <paramref name="vendor"/> is the file's default vendor, which entries of that vendor then do
    /// not repeat; null takes the vendor all entries share, if they share one; "" writes every entry's own.
    /// </summary>
    public static string Write(IEnumerable<CatalogEntry> entries, string? vendor = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(text, entries, vendor);
        return text.ToString();
    }

    public static void Write(TextWriter writer, IEnumerable<CatalogEntry> entries, string? vendor = null)
    {
        var all = entries.ToList();
        var fileVendor = vendor ?? (all.Select(e => e.Vendor).Distinct().ToList() is [var only] ? only : "");
        var yaml = new CatalogYamlEmitter(writer);
        yaml.Document(() =>
        {
            yaml.Text("format", Format);
            yaml.Text("vendor", fileVendor);
            yaml.Items("hardware", [.. all.OfType<HardwareEntry>()], entry => yaml.Mapping(() => Hardware(yaml, entry, fileVendor)));
            yaml.Items("software", [.. all.OfType<SoftwareEntry>()], entry => yaml.Mapping(() => Software(yaml, entry, fileVendor)));
        });
    }

    private static void Hardware(CatalogYamlEmitter yaml, HardwareEntry entry, string fileVendor)
    {
        yaml.Text("id", entry.Id);
        yaml.Text("vendor", entry.Vendor == fileVendor ? "" : entry.Vendor);
        yaml.Text("series", entry.Series);
        yaml.List("products", entry.Products);
        yaml.List("sysObjectIds", entry.SysObjectIds);
        yaml.List("models", entry.Models);
        Common(yaml, entry);
    }

    private static void Software(CatalogYamlEmitter yaml, SoftwareEntry entry, string fileVendor)
    {
        yaml.Text("id", entry.Id);
        yaml.Text("vendor", entry.Vendor == fileVendor ? "" : entry.Vendor);
        yaml.Text("os", entry.Os);
        yaml.Text("train", entry.Train);
        yaml.List("versions", entry.Versions);
        yaml.Text("from", entry.From);
        yaml.Text("to", entry.To);
        yaml.Text("latest", entry.Latest);
        Common(yaml, entry);
    }

    /// <summary>What every entry has: milestones, ended, replacement, source.</summary>
    private static void Common(CatalogYamlEmitter yaml, CatalogEntry entry)
    {
        var m = entry.Milestones;
        yaml.Section("milestones", Enum.GetValues<Milestone>().Any(k => m[k] is not null), () =>
        {
            yaml.Date("announced", m.Announced);
            yaml.Date("endOfSale", m.EndOfSale);
            yaml.Date("endOfSoftwareMaintenance", m.EndOfSoftwareMaintenance);
            yaml.Date("endOfVulnerabilitySupport", m.EndOfVulnerabilitySupport);
            yaml.Date("lastDateOfSupport", m.LastDateOfSupport);
        });
        yaml.Flag("ended", m.EndedWithoutDate);
        yaml.Text("replacement", entry.Replacement);
        var source = entry.Source;
        yaml.Section("source", source.Bulletin.Length > 0 || source.Url.Length > 0 || source.Checked is not null, () =>
        {
            yaml.Text("bulletin", source.Bulletin);
            yaml.Text("url", source.Url);
            yaml.Date("checked", source.Checked);
        });
    }
}
