namespace NetMapper.Lifecycle.Catalog;

/// <summary>Where an entry's dates come from, and when someone last checked them against it.</summary>
public sealed record CatalogSource(string Bulletin, string Url, DateOnly? Checked)
{
    public static readonly CatalogSource None = new("", "", null);

    public override string ToString() => string.Join(" ", new[] { Bulletin, Url }.Where(s => s.Length > 0));
}

/// <summary>Where in which file an entry was read, for error messages and evidence.</summary>
public sealed record CatalogOrigin(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>What hardware and software entries share.</summary>
public abstract record CatalogEntry(string Id, string Vendor)
{
    public Milestones Milestones { get; init; } = Milestones.None;
    /// <summary>The recommended replacement product or release, as the vendor's bulletin names it.</summary>
    public string Replacement { get; init; } = "";
    public CatalogSource Source { get; init; } = CatalogSource.None;
    public CatalogOrigin Origin { get; init; } = new("", 0);
}

/// <summary>
/// A hardware product or series. Matched by product ID (exact, or a pattern with <c>*</c>), sysObjectID or model name.
/// </summary>
public sealed record HardwareEntry(string Id, string Vendor) : CatalogEntry(Id, Vendor)
{
    /// <summary>The series the products belong to ("Catalyst 2960-X"), for people; patterns do the matching.</summary>
    public string Series { get; init; } = "";
    /// <summary>Product IDs as the vendor writes them ("WS-C2960X-48FPD-L"), or patterns ("WS-C2960X-*").</summary>
    public IReadOnlyList<string> Products { get; init; } = [];
    public IReadOnlyList<string> SysObjectIds { get; init; } = [];
    /// <summary>Model names devices report where they give no product ID ("FortiGate-600E", "PA-3020").</summary>
    public IReadOnlyList<string> Models { get; init; } = [];
}

/// <summary>
/// An OS release train ("17.6"), a set of releases by pattern ("15.2(7)E*"), or a range of versions of one OS family.
/// </summary>
public sealed record SoftwareEntry(string Id, string Vendor, string Os) : CatalogEntry(Id, Vendor)
{
    /// <summary>A release train: every version that starts with these components ("17.6" takes 17.6.8a).</summary>
    public string Train { get; init; } = "";
    /// <summary>Version patterns with <c>*</c>, matched against the whole normalised version.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];
    /// <summary>An inclusive range of versions, compared by the OS family's ordering.</summary>
    public string From { get; init; } = "";
    public string To { get; init; } = "";
    /// <summary>The latest release of the train, where known: a device on an older one is behind.</summary>
    public string Latest { get; init; } = "";
}
