using NetMapper.Discovery.Collectors;

namespace NetMapper.Discovery.Definitions;

/// <summary>
/// The definitions a scan identifies devices with: the built-in files, then the user's files layered over them (a user
/// definition with a built-in id replaces it). For a device the most specific match wins: the longest matching
/// sysObjectID prefix, then a definition with a sysDescr rule over one without, then the later layer, then file order.
/// A device nothing matches is read by <see cref="Generic"/>.
/// </summary>
public sealed class DeviceDefinitions
{
    private const string ResourcePrefix = "NetMapper.Discovery.definitions.";
    private static readonly Lazy<DeviceDefinitions> BuiltInDefinitions = new(LoadBuiltIn);

    private readonly IReadOnlyList<(DeviceDefinition Definition, int Layer)> ordered;

    private DeviceDefinitions(IReadOnlyList<(DeviceDefinition, int)> ordered) => this.ordered = ordered;

    public IReadOnlyList<DeviceDefinition> All => ordered.Select(o => o.Definition).ToArray();

    /// <summary>Anything no definition claims: ENTITY-MIB's chassis, and a role from sysServices.</summary>
    public static DeviceDefinition Generic { get; } =
        new("generic", "", "", Topology.DeviceRole.Unknown, new DefinitionMatch([], null)) { RoleFromServices = true };

    public static DeviceDefinitions BuiltIn() => BuiltInDefinitions.Value;

    /// <summary>The built-in definitions with each user file layered over them in order.</summary>
    public static DeviceDefinitions WithFiles(IEnumerable<string> paths)
    {
        var layers = new List<IReadOnlyList<DeviceDefinition>> { BuiltIn().All };
        layers.AddRange(paths.Select(DefinitionReader.Load));
        return Layered(layers);
    }

    public static DeviceDefinitions Layered(IReadOnlyList<IReadOnlyList<DeviceDefinition>> layers)
    {
        var byId = new Dictionary<string, (DeviceDefinition, int)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int layer = 0; layer < layers.Count; layer++)
            foreach (var definition in layers[layer])
            {
                if (!byId.ContainsKey(definition.Id)) order.Add(definition.Id);
                byId[definition.Id] = (definition, layer);
            }
        return new DeviceDefinitions(order.Select(id => byId[id]).ToArray());
    }

    /// <summary>The definition that identifies a device with this system group.</summary>
    public DeviceDefinition For(SystemInfo system)
    {
        DeviceDefinition? best = null;
        (int Strength, int Descr, int Layer) bestRank = (-1, 0, 0);
        foreach (var (definition, layer) in ordered)
        {
            int strength = definition.Match.Strength(system.ObjectId, system.Descr);
            if (strength < 0) continue;
            var rank = (strength, definition.Match.Descr is null ? 0 : 1, layer);
            if (best is null || rank.CompareTo(bestRank) > 0) (best, bestRank) = (definition, rank);
        }
        return best ?? Generic;
    }

    private static DeviceDefinitions LoadBuiltIn()
    {
        var assembly = typeof(DeviceDefinitions).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var definitions = new List<DeviceDefinition>();
        foreach (var name in names)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            definitions.AddRange(DefinitionReader.Parse(reader.ReadToEnd(), "built-in " + name[ResourcePrefix.Length..]));
        }
        return Layered([definitions]);
    }
}
