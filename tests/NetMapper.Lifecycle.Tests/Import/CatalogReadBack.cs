using System.Globalization;
using NetMapper.Lifecycle.Catalog;
using YamlDotNet.Serialization;

namespace NetMapper.Lifecycle.Tests.Import;

/// <summary>
/// Reads a written catalog back with YamlDotNet, resolving unquoted scalars to numbers, bools and nulls as a typed
/// YAML reader would, so a text field that comes back as anything but the same text fails the round trip.
/// </summary>
internal static class CatalogReadBack
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    public static (string Format, string Vendor, List<CatalogEntry> Entries) Read(string yaml)
    {
        var root = Map(Yaml.Deserialize<object>(yaml)!);
        var vendor = Text(root, "vendor");
        var entries = new List<CatalogEntry>();
        entries.AddRange(Items(root, "hardware").Select(m => Common(Hardware(m, vendor), m)));
        entries.AddRange(Items(root, "software").Select(m => Common(Software(m, vendor), m)));
        return (Text(root, "format"), vendor, entries);
    }

    /// <summary>Everything an entry says, as text, to compare entries whose lists are different instances.</summary>
    public static string Describe(CatalogEntry entry) => entry switch
    {
        HardwareEntry h => $"{Base(h)} series={h.Series} products={J(h.Products)} oids={J(h.SysObjectIds)} models={J(h.Models)}",
        SoftwareEntry s => $"{Base(s)} os={s.Os} train={s.Train} versions={J(s.Versions)} from={s.From} to={s.To} latest={s.Latest}",
        _ => throw new ArgumentException("unknown entry type", nameof(entry)),
    };

    private static string Base(CatalogEntry e) => $"{e.GetType().Name} id={e.Id} vendor={e.Vendor} {e.Milestones} "
        + $"replacement={e.Replacement} source={e.Source.Bulletin}|{e.Source.Url}|{e.Source.Checked}";

    private static string J(IReadOnlyList<string> values) => "[" + string.Join("|", values) + "]";

    private static HardwareEntry Hardware(Dictionary<object, object> m, string vendor) =>
        new(Text(m, "id"), Text(m, "vendor") is { Length: > 0 } v ? v : vendor)
        {
            Series = Text(m, "series"),
            Products = List(m, "products"),
            SysObjectIds = List(m, "sysObjectIds"),
            Models = List(m, "models"),
        };

    private static SoftwareEntry Software(Dictionary<object, object> m, string vendor) =>
        new(Text(m, "id"), Text(m, "vendor") is { Length: > 0 } v ? v : vendor, Text(m, "os"))
        {
            Train = Text(m, "train"),
            Versions = List(m, "versions"),
            From = Text(m, "from"),
            To = Text(m, "to"),
            Latest = Text(m, "latest"),
        };

    private static CatalogEntry Common(CatalogEntry entry, Dictionary<object, object> m)
    {
        var dates = m.TryGetValue("milestones", out var d) ? Map(d) : [];
        var milestones = new Milestones
        {
            Announced = Date(dates, "announced"),
            EndOfSale = Date(dates, "endOfSale"),
            EndOfSoftwareMaintenance = Date(dates, "endOfSoftwareMaintenance"),
            EndOfVulnerabilitySupport = Date(dates, "endOfVulnerabilitySupport"),
            LastDateOfSupport = Date(dates, "lastDateOfSupport"),
            EndedWithoutDate = m.TryGetValue("ended", out var ended) && Assert.IsType<bool>(ended),
        };
        var source = m.TryGetValue("source", out var s) ? Map(s) : [];
        var check = Date(source, "checked")?.Date;
        return entry with
        {
            Milestones = milestones,
            Replacement = Text(m, "replacement"),
            Source = new CatalogSource(Text(source, "bulletin"), Text(source, "url"), check),
        };
    }

    private static MilestoneDate? Date(Dictionary<object, object> m, string key) => Text(m, key) switch
    {
        "" => null,
        "notAnnounced" => MilestoneDate.NotYetAnnounced,
        var text => MilestoneDate.On(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
    };

    private static string Text(Dictionary<object, object> m, string key) =>
        m.TryGetValue(key, out var value) ? Assert.IsType<string>(value) : "";

    private static List<string> List(Dictionary<object, object> m, string key) =>
        m.TryGetValue(key, out var value) ? [.. ((List<object>)value).Select(v => Assert.IsType<string>(v))] : [];

    private static IEnumerable<Dictionary<object, object>> Items(Dictionary<object, object> m, string key) =>
        m.TryGetValue(key, out var value) ? ((List<object>)value).Select(Map) : [];

    private static Dictionary<object, object> Map(object value) => Assert.IsType<Dictionary<object, object>>(value);
}
