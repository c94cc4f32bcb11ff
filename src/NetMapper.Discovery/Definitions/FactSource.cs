using System.Text.RegularExpressions;
using NetMapper.Snmp;

namespace NetMapper.Discovery.Definitions;

/// <summary>Where a fact is read from.</summary>
public enum FactOrigin
{
    /// <summary>A regular expression over sysDescr.</summary>
    SysDescr,
    /// <summary>A scalar read with GET.</summary>
    Get,
    /// <summary>The first row of a walked column.</summary>
    Walk,
    /// <summary>A field of an ENTITY-MIB entity (the chassis unless a class is named).</summary>
    Entity,
    /// <summary>A fixed text.</summary>
    Value,
    /// <summary>A name per sysObjectID, from the vendor's product MIB.</summary>
    ObjectId,
}

/// <summary>The ENTITY-MIB entPhysicalTable fields a definition may read.</summary>
public enum EntityField { Model, Serial, Software, Firmware, Hardware, Description, Name }

/// <summary>
/// One place a fact may be: the origin and what to read there, then an optional pattern (group <c>v</c>, else the whole
/// match; or <see cref="Format"/> over the named groups, or over <c>{v}</c>, the whole value, without a pattern), values
/// to disregard, upper-casing, and another source whose value, when there is one, is appended.
/// </summary>
public sealed record FactSource(FactOrigin Origin)
{
    public Regex? Pattern { get; init; }
    public string? Format { get; init; }
    public Regex? Unless { get; init; }
    public bool Upper { get; init; }
    /// <summary>A second source joined to this one's value after a space (Huawei's hot patch after the VRP release).</summary>
    public FactSource? Append { get; init; }

    public Oid? Oid { get; init; }
    /// <summary>For a get: a scalar whose value is the row of the column <see cref="Oid"/> to read.</summary>
    public Oid? Index { get; init; }
    public EntityField Field { get; init; }
    /// <summary>entPhysicalClass the entity must have ("chassis", "stack", "module"); empty: the chassis rule.</summary>
    public string EntityClass { get; init; } = "";
    public string Text { get; init; } = "";
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    private static readonly IReadOnlyList<FactSource> NoSources = [];

    /// <summary>This source and those appended to it: all of them are read from the device.</summary>
    public IEnumerable<FactSource> WithAppended()
    {
        for (var source = this; source is not null; source = source.Append) yield return source;
    }

    /// <summary>What a fact not listed in a definition is read from: the chassis in ENTITY-MIB.</summary>
    public static IReadOnlyList<FactSource> Defaults(IdentityFact fact) => fact switch
    {
        IdentityFact.Model => [new(FactOrigin.Entity) { Field = EntityField.Model }],
        IdentityFact.Serial => [new(FactOrigin.Entity) { Field = EntityField.Serial }],
        IdentityFact.Version => [new(FactOrigin.Entity) { Field = EntityField.Software }],
        _ => NoSources,
    };
}
