namespace NetMapper.Lifecycle.Import;

/// <summary>How an endoflife.date product becomes catalog entries.</summary>
public sealed record EndOfLifeDateImportOptions
{
    public static readonly EndOfLifeDateImportOptions Default = new();

    /// <summary>The OS family key of the software entries; default: known from the permalink, else the permalink.</summary>
    public string? Os { get; init; }

    /// <summary>The vendor of every entry; default: known from the permalink (required for other products).</summary>
    public string? Vendor { get; init; }

    /// <summary>Put before "-" and the release cycle to make an entry's id; default: the permalink.</summary>
    public string? IdPrefix { get; init; }

    /// <summary>When the dates were compared with the source, written as source.checked.</summary>
    public DateOnly? Checked { get; init; }
}
