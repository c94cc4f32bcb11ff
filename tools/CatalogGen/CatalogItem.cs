namespace NetMapper.Tools.CatalogGen;

/// <summary>The five milestones a catalog entry can carry; a milestone the source does not give is null.</summary>
internal sealed record Milestones(
    DateOnly? Announced = null,
    DateOnly? EndOfSale = null,
    DateOnly? EndOfSoftwareMaintenance = null,
    DateOnly? EndOfVulnerabilitySupport = null,
    DateOnly? LastDateOfSupport = null)
{
    public bool IsEmpty => this == new Milestones();

    /// <summary>The milestones in the catalog's key order, without the absent ones.</summary>
    public IEnumerable<(string Key, DateOnly Date)> Present()
    {
        (string, DateOnly?)[] all =
        [
            ("announced", Announced), ("endOfSale", EndOfSale), ("endOfSoftwareMaintenance", EndOfSoftwareMaintenance),
            ("endOfVulnerabilitySupport", EndOfVulnerabilitySupport), ("lastDateOfSupport", LastDateOfSupport),
        ];
        return all.Where(m => m.Item2 is not null).Select(m => (m.Item1, m.Item2!.Value));
    }
}

/// <summary>Where an entry's dates come from; <see cref="Bulletin"/> is empty for series-level entries.</summary>
internal sealed record ItemSource(string Bulletin, string Url, DateOnly Checked);

/// <summary>One hardware entry of a <c>netmapper-lifecycle/1</c> file.</summary>
internal sealed record HardwareItem(
    string Id,
    string Series,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> SysObjectIds,
    Milestones Milestones,
    ItemSource Source);

/// <summary>A generated catalog: the header comment and hardware sections, each with a comment, in file order.</summary>
internal sealed record CatalogFile(
    string Vendor,
    IReadOnlyList<string> HeaderComment,
    IReadOnlyList<CatalogSection> Sections);

internal sealed record CatalogSection(IReadOnlyList<string> Comment, IReadOnlyList<HardwareItem> Items);
