using System.Reflection;
using System.Text.RegularExpressions;
using NetMapper.Topology;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NetMapper.Zones;

/// <summary>How far a zone is trusted: traffic from a less trusted zone into a more trusted one must pass a firewall.</summary>
public enum ZoneTrust { External, Line, Dmz, Internal, Management }

/// <summary>A zone of the network (Art. 5) and the rules that put subnets, VLANs and devices in it.</summary>
public sealed record Zone(string Id, string NameEn, string NameZh, string Color, ZoneTrust Trust)
{
    public IReadOnlyList<IpPrefix> Subnets { get; init; } = [];
    /// <summary>Matches public address space: anything outside the private, loopback, link-local, shared (CGNAT) and
    /// multicast ranges. Documentation ranges count as public: they stand for Internet addresses in examples.</summary>
    public bool MatchesPublic { get; init; }
    public IReadOnlyList<int> Vlans { get; init; } = [];
    public IReadOnlyList<Regex> VlanNames { get; init; } = [];
    public IReadOnlyList<Regex> DevicePatterns { get; init; } = [];

    public string Name(string language) => language == "zh-TW" && NameZh.Length > 0 ? NameZh : NameEn;
}

/// <summary>A zone policy: zones in order (the order diagrams stack them in), from YAML or the built-in default.</summary>
public sealed class ZonePolicy
{
    /// <summary>What is in no zone.</summary>
    public static readonly Zone Unassigned = new("unassigned", "Unassigned", "未分區", "#BAB0AC", ZoneTrust.Internal);

    public required IReadOnlyList<Zone> Zones { get; init; }
    public string Source { get; init; } = "";

    public Zone? Find(string id) => Zones.FirstOrDefault(z => z.Id == id) ?? (id == Unassigned.Id ? Unassigned : null);

    public static ZonePolicy Default()
    {
        using var stream = typeof(ZonePolicy).Assembly.GetManifestResourceStream("NetMapper.Zones.default-zones.yaml")
            ?? throw new InvalidOperationException("the default zone policy is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the default zone policy");
    }

    public static ZonePolicy Load(string path)
    {
        if (!File.Exists(path)) throw new ZonePolicyException($"zone policy '{path}' does not exist");
        return Parse(File.ReadAllText(path), path);
    }

    public static ZonePolicy Parse(string yaml, string source)
    {
        PolicyFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            file = deserializer.Deserialize<PolicyFile?>(yaml) ?? new PolicyFile();
        }
        catch (YamlException e)
        {
            throw new ZonePolicyException($"{source}: line {e.Start.Line}: {YamlProblem(e)}");
        }
        if (file.Zones.Count == 0) throw new ZonePolicyException($"{source}: no zones");
        var zones = new List<Zone>();
        foreach (var entry in file.Zones)
        {
            string where = $"{source}: zone '{entry.Id}'";
            if (entry.Id.Length == 0 || entry.Id == Unassigned.Id)
                throw new ZonePolicyException($"{source}: a zone needs an id other than '{Unassigned.Id}'");
            if (zones.Any(z => z.Id == entry.Id)) throw new ZonePolicyException($"{where} is listed twice");
            if (!Enum.TryParse<ZoneTrust>(entry.Trust, ignoreCase: true, out var trust))
                throw new ZonePolicyException($"{where}: trust '{entry.Trust}' must be external, line, dmz, internal or management");
            if (!Regex.IsMatch(entry.Color, "^#[0-9A-Fa-f]{6}$"))
                throw new ZonePolicyException($"{where}: color '{entry.Color}' must be #RRGGBB");
            string nameEn = entry.Name.GetValueOrDefault("en", entry.Id), nameZhTw = entry.Name.GetValueOrDefault("zh-TW", "");
            zones.Add(new Zone(entry.Id, nameEn, nameZhTw, entry.Color, trust)
            {
                Subnets = entry.Subnets.Where(s => s != "public").Select(s => IpPrefix.TryParse(s, out var p, out var problem) ? p
                    : throw new ZonePolicyException($"{where}: subnet '{s}': {problem}")).ToArray(),
                MatchesPublic = entry.Subnets.Contains("public"),
                Vlans = entry.Vlans.Select(v => CheckedVlan(v, where)).ToArray(),
                VlanNames = entry.VlanNames.Select(p => Pattern(p, where)).ToArray(),
                DevicePatterns = entry.Devices.Select(g => Pattern(GlobRegex(g), where)).ToArray(),
            });
        }
        return new ZonePolicy { Zones = zones, Source = source };
    }

    private static int CheckedVlan(int vlan, string where) =>
        vlan is >= 1 and <= 4094 ? vlan : throw new ZonePolicyException($"{where}: VLAN {vlan} is not from 1 to 4094");

    /// <summary>A device-name glob ("core-*", "sw?") as an anchored regular expression.</summary>
    private static string GlobRegex(string glob) =>
        "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";

    private static readonly string[] FileKeys = ["zones"];
    private static readonly string[] ZoneKeys = ["id", "name", "color", "trust", "subnets", "vlans", "vlanNames", "devices"];

    /// <summary>YamlDotNet's words for a misspelt key name .NET types; say which key and which keys there are.</summary>
    private static string YamlProblem(YamlException e)
    {
        string message = (e.InnerException ?? e).Message;
        var unknown = Regex.Match(message, "^Property '(.*)' not found on type '(.*)'", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!unknown.Success) return message;
        var known = unknown.Groups[2].Value.EndsWith("ZoneEntry", StringComparison.Ordinal) ? ZoneKeys : FileKeys;
        return $"unknown key '{unknown.Groups[1].Value}'; known keys: {string.Join(", ", known)}";
    }

    private static Regex Pattern(string pattern, string where)
    {
        try { return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        catch (ArgumentException e) { throw new ZonePolicyException($"{where}: pattern '{pattern}': {e.Message}"); }
    }

    private sealed class PolicyFile
    {
        public List<ZoneEntry> Zones { get; set; } = [];
    }

    private sealed class ZoneEntry
    {
        public string Id { get; set; } = "";
        public Dictionary<string, string> Name { get; set; } = [];
        public string Color { get; set; } = "#BAB0AC";
        public string Trust { get; set; } = "internal";
        /// <summary>CIDRs, or "public" for any address outside the private ranges.</summary>
        public List<string> Subnets { get; set; } = [];
        public List<int> Vlans { get; set; } = [];
        /// <summary>Regular expressions on VLAN names.</summary>
        public List<string> VlanNames { get; set; } = [];
        /// <summary>Device name patterns with * and ?.</summary>
        public List<string> Devices { get; set; } = [];
    }
}

/// <summary>A zone policy that cannot be used, naming the file and the zone at fault.</summary>
public sealed class ZonePolicyException(string message) : Exception(message);
