namespace NetMapper.Lifecycle.Import;

/// <summary>How Cisco EoX API v5 responses become catalog entries.</summary>
public sealed record CiscoEoxImportOptions
{
    public static readonly CiscoEoxImportOptions Default = new();

    /// <summary>The vendor of every entry.</summary>
    public string Vendor { get; init; } = "Cisco";

    /// <summary>Put before the lower-cased product ID to make an entry's id.</summary>
    public string IdPrefix { get; init; } = "cisco-eox-";

    /// <summary>When the dates were compared with the source (the day of the API call), written as source.checked.</summary>
    public DateOnly? Checked { get; init; }
}
