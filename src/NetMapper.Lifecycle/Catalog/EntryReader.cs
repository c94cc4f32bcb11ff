using NetMapper.YamlFiles;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NetMapper.Lifecycle.Catalog;

/// <summary>Reads and checks one hardware or software entry of a catalog file.</summary>
internal static partial class EntryReader
{
    private static readonly string[] HardwareKeys =
        ["id", "vendor", "series", "products", "sysObjectIds", "models", "milestones", "ended", "replacement", "source"];
    private static readonly string[] SoftwareKeys =
        ["id", "vendor", "os", "train", "versions", "from", "to", "latest", "milestones", "ended", "replacement", "source"];
    private static readonly string[] SourceKeys = ["bulletin", "url", "checked"];

    public static HardwareEntry? Hardware(YamlMappingNode node, string path, string fileVendor, ProblemList problems)
    {
        var fields = new NodeFields(node, path, problems, HardwareKeys);
        int before = problems.Count;
        var common = Common(fields, fileVendor, problems);
        var entry = new HardwareEntry(common.Id, common.Vendor)
        {
            Series = fields.Text("series"),
            Products = Checked(fields, "products", IsProductId, "has spaces or is empty"),
            SysObjectIds = Checked(fields, "sysObjectIds", s => OidPattern().IsMatch(s), "is not a dotted number"),
            Models = fields.List("models"),
        };
        if (entry.Products.Count + entry.SysObjectIds.Count + entry.Models.Count == 0)
            problems.Add(fields.Line, path, "needs at least one of products, sysObjectIds, models");
        bool? ended = Ended(fields, problems);
        if (problems.Count != before) return null;
        var finished = Finish(entry, common, fields, problems);
        return finished with { Milestones = finished.Milestones with { EndedWithoutDate = ended == true } };
    }

    private static bool? Ended(NodeFields fields, ProblemList problems)
    {
        string ended = fields.Text("ended");
        if (ended is not ("" or "true" or "false")) problems.Add(fields.Line, fields.Field("ended"), "must be true or false");
        return ended == "true";
    }

    public static SoftwareEntry? Software(YamlMappingNode node, string path, string fileVendor, ProblemList problems)
    {
        var fields = new NodeFields(node, path, problems, SoftwareKeys);
        int before = problems.Count;
        var common = Common(fields, fileVendor, problems);
        string os = fields.Text("os");
        if (os.Length == 0) problems.Add(fields.Line, fields.Field("os"), "is missing (an OS family such as ios-xe)");
        var entry = new SoftwareEntry(common.Id, common.Vendor, os.ToLowerInvariant())
        {
            Train = fields.Text("train"),
            Versions = fields.List("versions"),
            From = fields.Text("from"),
            To = fields.Text("to"),
            Latest = fields.Text("latest"),
        };
        int ways = (entry.Train.Length > 0 ? 1 : 0) + (entry.Versions.Count > 0 ? 1 : 0)
            + (entry.From.Length + entry.To.Length > 0 ? 1 : 0);
        if (ways != 1) problems.Add(fields.Line, path, "needs exactly one of train, versions, from/to");
        bool? ended = Ended(fields, problems);
        if (problems.Count != before) return null;
        var finished = Finish(entry, common, fields, problems);
        return finished with { Milestones = finished.Milestones with { EndedWithoutDate = ended == true } };
    }

    private static T Finish<T>(T entry, (string Id, string Vendor) common, NodeFields fields, ProblemList problems)
        where T : CatalogEntry => entry with
        {
            Milestones = MilestoneReader.Read(fields, problems),
            Replacement = fields.Text("replacement"),
            Source = SourceOf(fields, problems),
            Origin = new CatalogOrigin(problems.File, fields.Line),
        };

    private static (string Id, string Vendor) Common(NodeFields fields, string fileVendor, ProblemList problems)
    {
        string id = fields.Text("id");
        if (id.Length == 0) problems.Add(fields.Line, fields.Field("id"), "is missing");
        string vendor = fields.Has("vendor") ? fields.Text("vendor") : fileVendor;
        if (vendor.Length == 0) problems.Add(fields.Line, fields.Field("vendor"), "is missing (here or at the top of the file)");
        return (id, vendor);
    }

    private static CatalogSource SourceOf(NodeFields fields, ProblemList problems)
    {
        if (fields.Mapping("source", SourceKeys) is not { } source) return CatalogSource.None;
        string checkedText = source.Text("checked");
        DateOnly? checkedOn = null;
        if (CatalogReader.TryDate(checkedText, out var date)) checkedOn = date;
        else if (checkedText.Length > 0) problems.Add(source.Line, source.Field("checked"), $"'{checkedText}' is not YYYY-MM-DD");
        return new CatalogSource(source.Text("bulletin"), source.Text("url"), checkedOn);
    }

    private static IReadOnlyList<string> Checked(NodeFields fields, string key, Func<string, bool> valid, string problem)
    {
        var values = fields.List(key);
        foreach (var bad in values.Where(v => !valid(v)))
            fields.Problems.Add(fields.Line, fields.Field(key), $"'{bad}' {problem}");
        return values;
    }

    private static bool IsProductId(string text) => text.Length > 0 && !text.Any(char.IsWhiteSpace);

    [GeneratedRegex(@"^\.?[0-9]+(\.[0-9]+)+$")]
    private static partial Regex OidPattern();
}
