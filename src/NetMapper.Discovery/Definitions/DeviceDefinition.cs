using System.Text.RegularExpressions;
using NetMapper.Topology;

namespace NetMapper.Discovery.Definitions;

/// <summary>The facts a definition says where to find.</summary>
public enum IdentityFact { Model, ModelName, Version, Serial, HardwareFamily }

/// <summary>
/// How to recognise one OS family and where its identity facts live (format netmapper-definitions/1, see
/// definitions/README.md). <see cref="Origin"/> names the file and line it came from.
/// </summary>
public sealed record DeviceDefinition(string Id, string Vendor, string OsName, DeviceRole Role, DefinitionMatch Match)
{
    /// <summary>Where each fact is read, in order of precedence: the first source with a value wins. A fact not listed
    /// falls back to ENTITY-MIB's chassis (<see cref="FactSource.Defaults"/>).</summary>
    public IReadOnlyDictionary<IdentityFact, IReadOnlyList<FactSource>> Facts { get; init; } =
        new Dictionary<IdentityFact, IReadOnlyList<FactSource>>();

    /// <summary>Roles by model or sysDescr; the first rule that matches wins, else <see cref="Role"/>.</summary>
    public IReadOnlyList<RoleRule> Roles { get; init; } = [];

    /// <summary>When true, <see cref="Role"/> is only the fallback of the role sysServices announces.</summary>
    public bool RoleFromServices { get; init; }

    public string Origin { get; init; } = "";

    public IReadOnlyList<FactSource> SourcesOf(IdentityFact fact) =>
        Facts.TryGetValue(fact, out var sources) ? sources : FactSource.Defaults(fact);
}

/// <summary>What recognises a device: sysObjectID subtrees and/or a sysDescr pattern; both must match when both are given.</summary>
public sealed record DefinitionMatch(IReadOnlyList<string> ObjectIdPrefixes, Regex? Descr)
{
    /// <summary>How specific the match is: the length of the longest matching prefix, or -1 when it does not match.</summary>
    public int Strength(string objectId, string descr)
    {
        int best = ObjectIdPrefixes.Count == 0 ? 0 : -1;
        foreach (var prefix in ObjectIdPrefixes)
        {
            bool under = objectId == prefix || objectId.StartsWith(prefix + ".", StringComparison.Ordinal);
            if (under) best = Math.Max(best, prefix.Length);
        }
        if (best < 0) return -1;
        return Descr is null || Descr.IsMatch(descr) ? best : -1;
    }
}

/// <summary>A role for devices whose model or sysDescr matches a pattern.</summary>
public sealed record RoleRule(IdentityFact? Fact, Regex Pattern, DeviceRole Role);
