namespace NetMapper.Lifecycle.Import;

/// <summary>How the rows of a CSV file become catalog entries.</summary>
public sealed record CsvImportOptions
{
    public static readonly CsvImportOptions Default = new();

    /// <summary>
    /// "header=field" pairs ("PID=products", "End of Sale Date=endOfSale"); the fields are <see cref="CsvImporter.Fields"/>.
    /// A header that is already a field name ("os", "endOfSale") needs no pair.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The vendor of rows without a vendor column or value.</summary>
    public string? Vendor { get; init; }

    /// <summary>When the dates were compared with the source, for rows without a checked value.</summary>
    public DateOnly? Checked { get; init; }

    public char Separator { get; init; } = ',';
}
