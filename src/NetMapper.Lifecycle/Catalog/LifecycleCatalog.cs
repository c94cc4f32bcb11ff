namespace NetMapper.Lifecycle.Catalog;

/// <summary>
/// The entries NetMapper matches devices against: the built-in catalog with the user's files layered over it, a later
/// file's entry replacing an earlier one with the same id.
/// </summary>
public sealed class LifecycleCatalog
{
    private const string ResourcePrefix = "NetMapper.Lifecycle.catalog.";

    private LifecycleCatalog(IReadOnlyList<CatalogEntry> entries, IReadOnlyList<string> sources) =>
        (Entries, Sources) = (entries, sources);

    public IReadOnlyList<CatalogEntry> Entries { get; }
    /// <summary>Where the entries came from, in layering order ("built-in", then each user file).</summary>
    public IReadOnlyList<string> Sources { get; }

    public IEnumerable<HardwareEntry> Hardware => Entries.OfType<HardwareEntry>();
    public IEnumerable<SoftwareEntry> Software => Entries.OfType<SoftwareEntry>();

    public static readonly LifecycleCatalog Empty = new([], []);

    /// <summary>The built-in catalog, then each user file in order. Any bad file refuses the whole load.</summary>
    public static LifecycleCatalog Load(IEnumerable<string> userFiles, bool builtIn = true)
    {
        var layers = new List<(string Source, IReadOnlyList<CatalogEntry> Entries)>();
        if (builtIn) layers.Add(("built-in", BuiltInEntries()));
        layers.AddRange(userFiles.Select(file => (file, CatalogReader.Load(file))));
        return Layer(layers);
    }

    public static LifecycleCatalog BuiltIn() => Load([]);

    public static LifecycleCatalog Layer(IEnumerable<(string Source, IReadOnlyList<CatalogEntry> Entries)> layers)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<CatalogEntry>();
        var sources = new List<string>();
        foreach (var (source, layer) in layers)
        {
            sources.Add(source);
            foreach (var entry in layer)
            {
                if (byId.TryGetValue(entry.Id, out int at)) entries[at] = entry;
                else
                {
                    byId[entry.Id] = entries.Count;
                    entries.Add(entry);
                }
            }
        }
        return new LifecycleCatalog(entries, sources);
    }

    /// <summary>The embedded vendor files in name order, so the same build always yields the same catalog.</summary>
    private static List<CatalogEntry> BuiltInEntries()
    {
        var assembly = typeof(LifecycleCatalog).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var entries = new List<CatalogEntry>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            entries.AddRange(CatalogReader.Parse(reader.ReadToEnd(), "built-in " + name[ResourcePrefix.Length..]));
        }
        return entries;
    }
}
