namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>The dataset the Cisco catalog is generated from, as /work/shared/lifecycle/README.md names it.</summary>
internal static class CiscoDataset
{
    public const string Name = "r00tmebaby/Cisco-Support-API @ dac95dbc";

    /// <summary>When the dataset scraped cisco.com: the last time anyone compared these dates with Cisco's pages.</summary>
    public static readonly DateOnly Scraped = new(2024, 11, 9);

    public const string SeriesListingUrl = "https://www.cisco.com/c/en/us/products/eos-eol-listing.html";

    public const string MibDataset = "netdisco/netdisco-mibs @ 27ee7873";

    public static string BulletinsCsv(string shared) =>
        Path.Combine(shared, "lifecycle", "cisco", "cisco_eol_bulletin_pids.csv");

    public static string SeriesCsv(string shared) => Path.Combine(shared, "lifecycle", "cisco", "cisco_series_lifecycle.csv");

    public static string ProductsMibCsv(string shared) => Path.Combine(shared, "lifecycle", "oids", "cisco_products_mib.csv");
}
