using System.Globalization;
using System.Text.RegularExpressions;
using NetMapper.Topology;
using NetMapper.YamlFiles;
using YamlDotNet.RepresentationModel;

namespace NetMapper.Zones;

/// <summary>
/// Reads a zone policy file. Every field is checked where it is written: each problem names the file, the line and the
/// field ("zones.yaml:12: zone 'dmz'.trust: 'semi' must be ..."), and a file with any problem is refused whole.
/// </summary>
internal static class ZonePolicyReader
{
    private static readonly string[] FileKeys = ["zones"];
    private static readonly string[] ZoneKeys =
        ["id", "name", "purpose", "color", "trust", "subnets", "vlans", "vlanNames", "devices", "segments"];
    private static readonly string[] TextKeys = ["en", "zh-TW"];
    private static readonly string[] TrustWords = ["external", "line", "dmz", "internal", "management"];

    public static IReadOnlyList<Zone> Read(string yaml, string source)
    {
        var problems = new ProblemList(source);
        var zones = new List<Zone>();
        if (YamlRoot.Mapping(yaml, problems, "not a zone policy: expected a mapping with 'zones:'") is { } root)
        {
            var file = new NodeFields(root, "", problems, FileKeys);
            int index = 0;
            foreach (var (node, _) in file.Items("zones"))
                if (ReadZone(new NodeFields(node, ZonePath(node, index++), problems, ZoneKeys), zones) is { } zone) zones.Add(zone);
            if (zones.Count == 0 && problems.Count == 0) problems.Add(root.Start, "zones", "no zones");
        }
        return problems.Count == 0 ? zones : throw new ZonePolicyException(problems.Summary);
    }

    /// <summary>A zone is named by its id where it has one, else by its place in the list.</summary>
    private static string ZonePath(YamlMappingNode node, int index) =>
        node.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { Length: > 0 } text }
            ? $"zone '{text.Trim()}'"
            : $"zones[{index}]";

    private static Zone? ReadZone(NodeFields fields, IReadOnlyList<Zone> earlier)
    {
        var problems = fields.Problems;
        int before = problems.Count;
        string id = fields.Text("id");
        if (id.Length == 0 || id == ZonePolicy.Unassigned.Id)
            problems.Add(fields.LineOf("id"), fields.Field("id"), $"a zone needs an id other than '{ZonePolicy.Unassigned.Id}'");
        else if (earlier.Any(z => z.Id == id)) problems.Add(fields.LineOf("id"), fields.Field("id"), $"'{id}' is listed twice");
        string trustWord = fields.Has("trust") ? fields.Text("trust") : "internal";
        if (!Enum.TryParse<ZoneTrust>(trustWord, ignoreCase: true, out var trust) || !TrustWords.Contains(trustWord.ToLowerInvariant()))
            problems.Add(fields.LineOf("trust"), fields.Field("trust"), $"'{trustWord}' must be {string.Join(", ", TrustWords[..^1])}"
                + $" or {TrustWords[^1]}");
        string color = fields.Has("color") ? fields.Text("color") : "#BAB0AC";
        if (!Regex.IsMatch(color, "^#[0-9A-Fa-f]{6}$"))
            problems.Add(fields.LineOf("color"), fields.Field("color"), $"'{color}' must be #RRGGBB");
        var name = Text(fields, "name");
        var zone = new Zone(id, name.En.Length > 0 ? name.En : id, name.ZhTw, color, trust)
        {
            Subnets = fields.List("subnets").Where(s => s != "public").Select(s => Prefix(fields, "subnets", s))
                .OfType<IpPrefix>().ToArray(),
            MatchesPublic = fields.List("subnets").Contains("public"),
            Vlans = fields.List("vlans").Select(v => Vlan(fields, "vlans", v)).OfType<int>().ToArray(),
            VlanNames = fields.List("vlanNames").Select(p => Pattern(fields, "vlanNames", p)).OfType<Regex>().ToArray(),
            DevicePatterns = fields.List("devices").Select(g => Pattern(fields, "devices", GlobRegex(g), g)).OfType<Regex>().ToArray(),
            Purpose = Text(fields, "purpose"),
            Segments = SegmentReader.Read(fields),
        };
        return problems.Count == before ? zone : null;
    }

    /// <summary>A text in both languages: { en: ..., zh-TW: ... }, either or both, none of them empty.</summary>
    public static LocalText Text(NodeFields fields, string key)
    {
        if (fields.Mapping(key, TextKeys) is not { } text) return LocalText.None;
        foreach (var language in TextKeys.Where(l => text.Has(l) && text.Text(l).Length == 0))
            text.Problems.Add(text.LineOf(language), text.Field(language), "must not be empty");
        if (!text.Has("en") && !text.Has("zh-TW"))
            text.Problems.Add(text.Line, text.Field(""), "give en, zh-TW or both");
        return new LocalText(text.Text("en"), text.Text("zh-TW"));
    }

    public static IpPrefix? Prefix(NodeFields fields, string key, string text)
    {
        if (IpPrefix.TryParse(text, out var prefix, out var problem)) return prefix;
        fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"subnet '{text}': {problem}");
        return null;
    }

    public static int? Vlan(NodeFields fields, string key, string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int vlan) && vlan is >= 1 and <= 4094) return vlan;
        fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"VLAN {text} is not a number from 1 to 4094");
        return null;
    }

    private static Regex? Pattern(NodeFields fields, string key, string pattern, string? written = null)
    {
        try { return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        catch (ArgumentException e)
        {
            fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"pattern '{written ?? pattern}': {e.Message}");
            return null;
        }
    }

    /// <summary>A device-name glob ("core-*", "sw?") as an anchored regular expression.</summary>
    private static string GlobRegex(string glob) =>
        "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
}
