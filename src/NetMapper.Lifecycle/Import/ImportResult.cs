using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>
/// The entries an importer read, in the order of the source, and what it skipped and why. It is the list of entries
/// itself, so a caller that only wants the entries uses it as one; <see cref="Warnings"/> are for the user to read.
/// </summary>
[SuppressMessage("Naming", "CA1710", Justification = "A result that is also its list of entries, not a collection type.")]
public sealed class ImportResult(IReadOnlyList<CatalogEntry> entries, IReadOnlyList<ImportWarning> warnings)
    : IReadOnlyList<CatalogEntry>
{
    public IReadOnlyList<CatalogEntry> Entries { get; } = entries;

    /// <summary>Records skipped, pages missing, sources without results: nothing that stops the import.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; } = warnings;

    public int Count => Entries.Count;
    public CatalogEntry this[int index] => Entries[index];
    public IEnumerator<CatalogEntry> GetEnumerator() => Entries.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Something an importer passed over: which file, where in it (a line, a record), and what.</summary>
public sealed record ImportWarning(string File, string Where, string Message)
{
    /// <summary>"file:12: message" for a line, "file: EOXRecord[3]: message" for a record, "file: message".</summary>
    public override string ToString() => Where switch
    {
        "" => $"{File}: {Message}",
        _ when Where.All(char.IsAsciiDigit) => $"{File}:{Where}: {Message}",
        _ => $"{File}: {Where}: {Message}",
    };
}
