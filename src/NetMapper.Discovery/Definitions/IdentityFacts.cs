using NetMapper.Discovery.Collectors;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Definitions;

/// <summary>What a definition reads to identify a device: the system group, ENTITY-MIB, and the vendor objects it asked for.</summary>
public sealed record IdentityFacts(
    SystemInfo System, IReadOnlyList<DeviceComponent> Components, IReadOnlyDictionary<Oid, SnmpValue> Scalars)
{
    /// <summary>The chassis (or, where the class column is missing, the first component with a model or serial).</summary>
    public DeviceComponent? Chassis =>
        Components.Where(c => c.Class == "chassis").OrderBy(c => c.Index).FirstOrDefault()
        ?? Components.Where(c => c.Model.Length > 0 || c.Serial.Length > 0).OrderBy(c => c.Index).FirstOrDefault();

    /// <summary>The first entity of a class (by index), or the chassis when no class is named.</summary>
    public DeviceComponent? Entity(string entityClass) => entityClass.Length == 0
        ? Chassis
        : Components.Where(c => c.Class == entityClass).OrderBy(c => c.Index).FirstOrDefault();

    public string Scalar(Oid oid) => Text(Scalars.GetValueOrDefault(oid));

    /// <summary>The row of a column that another scalar names by its number; null while that scalar has no number.</summary>
    public Oid? Row(Oid column, Oid index) => Scalars.GetValueOrDefault(index) switch
    {
        IntegerValue { Value: >= 0 and <= uint.MaxValue } i => column.Append((uint)i.Value),
        UnsignedValue { Value: <= uint.MaxValue } u => column.Append((uint)u.Value),
        _ => null,
    };

    /// <summary>The first value of a walked column (tables read as "scalars" by their first row).</summary>
    public string FirstUnder(Oid column) =>
        Scalars.Where(kv => kv.Key.StartsWith(column) && kv.Key != column).OrderBy(kv => kv.Key)
            .Select(kv => Text(kv.Value)).FirstOrDefault(v => v.Length > 0) ?? "";

    private static string Text(SnmpValue? value) => value switch
    {
        OctetStringValue s => s.Text.Trim(),
        IntegerValue i => i.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
        UnsignedValue u => u.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
        OidValue o => o.Value.ToNumericString(),
        _ => "",
    };
}
