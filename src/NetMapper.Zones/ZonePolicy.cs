using System.Text.RegularExpressions;
using NetMapper.Topology;

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
    /// <summary>What the zone is for, the purpose of its segments unless a segment says its own.</summary>
    public LocalText Purpose { get; init; } = LocalText.None;
    /// <summary>Segments (a subnet or a VLAN) with a purpose of their own, and the lines to the outside among them.</summary>
    public IReadOnlyList<SegmentPurpose> Segments { get; init; } = [];

    public string Name(string language) => language == "zh-TW" && NameZh.Length > 0 ? NameZh : NameEn;
}

/// <summary>A text in English and Traditional Chinese; either may be missing, and then the other one is said.</summary>
public sealed record LocalText(string En, string ZhTw)
{
    public static readonly LocalText None = new("", "");

    public bool IsEmpty => En.Length == 0 && ZhTw.Length == 0;

    public string In(string language) => language == "zh-TW" ? (ZhTw.Length > 0 ? ZhTw : En) : (En.Length > 0 ? En : ZhTw);
}

/// <summary>A line to the outside: the one traffic takes, or the one that takes over when it fails.</summary>
public enum LineRole { Primary, Backup }

/// <summary>The purpose of one segment of a zone, named by its subnet or by its VLAN; a line to the outside says whether it
/// is the primary or the backup line.</summary>
public sealed record SegmentPurpose(IpPrefix? Subnet, int? Vlan, LocalText Purpose)
{
    public LineRole? Line { get; init; }
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

    /// <summary>Reads a policy; every problem is found with its line, and the first is the exception's message.</summary>
    public static ZonePolicy Parse(string yaml, string source) =>
        new() { Zones = ZonePolicyReader.Read(yaml, source), Source = source };
}

/// <summary>A zone policy that cannot be used: "file:line: zone 'dmz'.trust: what is wrong", and how many more.</summary>
public sealed class ZonePolicyException(string message) : Exception(message);
