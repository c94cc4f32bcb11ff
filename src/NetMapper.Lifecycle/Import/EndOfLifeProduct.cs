namespace NetMapper.Lifecycle.Import;

/// <summary>
/// An endoflife.date product as both of its forms give it (a product file's front matter, an API v1 answer), before
/// it becomes catalog entries. Labels are the site's column titles, which say what a milestone means for the vendor.
/// </summary>
internal sealed record EndOfLifeProduct(
    string File, string Permalink, string Category, string EolLabel, string EoasLabel, string Url,
    IReadOnlyList<EndOfLifeRelease> Releases)
{
    public bool IsDevice => Category == "device";
}

/// <summary>One release cycle (an OS train, or a device's product ID) and its milestones.</summary>
internal sealed record EndOfLifeRelease(
    string Name, string Label, string Latest, string Link, int Line,
    EndOfLifeValue Eoas, EndOfLifeValue Eol, EndOfLifeValue Discontinued);

/// <summary>A milestone of endoflife.date: a date, reached without a date (<c>true</c>), or not reached (absent).</summary>
internal readonly record struct EndOfLifeValue(DateOnly? Date, bool ReachedWithoutDate)
{
    public static readonly EndOfLifeValue None;

    public static EndOfLifeValue On(DateOnly date) => new(date, false);

    public static readonly EndOfLifeValue Reached = new(null, true);
}
