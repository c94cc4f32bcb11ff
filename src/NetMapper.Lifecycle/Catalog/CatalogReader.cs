using NetMapper.YamlFiles;
using YamlDotNet.RepresentationModel;

namespace NetMapper.Lifecycle.Catalog;

/// <summary>
/// Reads one catalog file (format netmapper-lifecycle/1). Every problem is collected with file, line and field, and a
/// file with any problem is refused whole, so a catalog is never half-loaded.
/// </summary>
public static class CatalogReader
{
    public const string Format = "netmapper-lifecycle/1";

    private static readonly string[] FileKeys = ["format", "vendor", "hardware", "software"];

    public static IReadOnlyList<CatalogEntry> Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new LifecycleException(LifecycleFailure.FileUnreadable, $"catalog '{path}' cannot be read: {ReasonOf(e)}");
        }
        return Parse(text, path);
    }

    public static IReadOnlyList<CatalogEntry> Parse(string yaml, string file)
    {
        var problems = new ProblemList(file);
        var root = YamlRoot.Mapping(yaml, problems, $"not a catalog: expected a mapping with 'format: {Format}'");
        var entries = new List<CatalogEntry>();
        if (root is not null) ReadFile(root, problems, entries);
        if (problems.Count > 0) throw new LifecycleException(LifecycleFailure.InvalidCatalog, problems.Summary, problems.Items);
        return entries;
    }


    private static void ReadFile(YamlMappingNode root, ProblemList problems, List<CatalogEntry> entries)
    {
        var fields = new NodeFields(root, "", problems, FileKeys);
        string format = fields.Text("format");
        if (format != Format) problems.Add(root.Start, "format", $"'{format}' is not '{Format}'");
        string vendor = fields.Text("vendor");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, where) in fields.Items("hardware"))
            Add(EntryReader.Hardware(node, where, vendor, problems), ids, problems, entries);
        foreach (var (node, where) in fields.Items("software"))
            Add(EntryReader.Software(node, where, vendor, problems), ids, problems, entries);
    }

    private static void Add(CatalogEntry? entry, HashSet<string> ids, ProblemList problems, List<CatalogEntry> entries)
    {
        if (entry is null) return;
        if (!ids.Add(entry.Id))
        {
            problems.Add(entry.Origin.Line, "id", $"'{entry.Id}' is used by an earlier entry of this file");
            return;
        }
        entries.Add(entry);
    }

    internal static string ReasonOf(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "it does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    internal static bool TryDate(string text, out DateOnly date) => IsoDate.TryParse(text, out date);
}
