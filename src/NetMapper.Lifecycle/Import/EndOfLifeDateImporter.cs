namespace NetMapper.Lifecycle.Import;

/// <summary>
/// endoflife.date products as catalog entries: an API v1 answer (/api/v1/products/NAME, JSON) or a product file of the
/// site's repository (products/NAME.md). OS products give one software entry per release train; device products
/// (category: device) one hardware entry per product ID.
/// </summary>
public static class EndOfLifeDateImporter
{
    public static ImportResult Import(string path, EndOfLifeDateImportOptions? options = null) =>
        ImportText(ImportSource.Read(path), path, options);

    /// <summary>A product held in memory, JSON or product file by its first character; <paramref name="name"/> names it.</summary>
    public static ImportResult ImportText(string text, string name, EndOfLifeDateImportOptions? options = null)
    {
        var product = text.TrimStart().StartsWith('{') ? EndOfLifeJson.Read(text, name) : EndOfLifeMarkdown.Read(text, name);
        return EndOfLifeEntries.Build(product, options ?? EndOfLifeDateImportOptions.Default);
    }
}
