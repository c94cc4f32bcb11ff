using System.Text.RegularExpressions;
using NetMapper.Discovery.Collectors;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Profiles;

/// <summary>What a profile reads to identify a device.</summary>
public sealed record IdentityFacts(
    SystemInfo System, IReadOnlyList<DeviceComponent> Components, IReadOnlyDictionary<Oid, SnmpValue> Scalars)
{
    /// <summary>The chassis (or, where the class column is missing, the first component with a model or serial).</summary>
    public DeviceComponent? Chassis =>
        Components.Where(c => c.Class == "chassis").OrderBy(c => c.Index).FirstOrDefault()
        ?? Components.Where(c => c.Model.Length > 0 || c.Serial.Length > 0).OrderBy(c => c.Index).FirstOrDefault();

    public string Scalar(Oid oid) => Scalars.GetValueOrDefault(oid) switch
    {
        OctetStringValue s => s.Text.Trim(),
        IntegerValue i => i.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>The first value of a walked column (tables read as "scalars" by their first row).</summary>
    public string FirstUnder(Oid column)
    {
        var rows = Scalars.Where(kv => kv.Key.StartsWith(column)).OrderBy(kv => kv.Key);
        return rows.Select(kv => kv.Value is OctetStringValue s ? s.Text.Trim() : "").FirstOrDefault() ?? "";
    }

    public string Match(Regex regex, string group = "v") =>
        regex.Match(System.Descr) is { Success: true } m ? m.Groups[group].Value.Trim() : "";
}

/// <summary>
/// How to read one vendor's devices. Chosen by sysObjectID prefix, then by ordered sysDescr rules: the first profile
/// whose prefix and rule both match wins. Each profile's rules are tested with real sysDescr values.
/// </summary>
public abstract class VendorProfile
{
    public abstract string Name { get; }
    public abstract string Vendor { get; }
    public abstract string OsName { get; }
    public abstract DeviceRole DefaultRole { get; }

    /// <summary>sysObjectID subtrees this profile serves (enterprise numbers).</summary>
    public abstract IReadOnlyList<string> ObjectIdPrefixes { get; }

    /// <summary>A sysDescr rule; null matches any device under the prefixes.</summary>
    public virtual Regex? DescrRule => null;

    /// <summary>Scalars to GET, and table columns to walk (<see cref="Columns"/>), for identification.</summary>
    public virtual IReadOnlyList<Oid> Scalars => [];
    public virtual IReadOnlyList<Oid> Columns => [];

    /// <summary>Cisco answers per-VLAN bridge tables only in VLAN contexts.</summary>
    public virtual bool HasPerVlanBridgeTables => false;

    public bool Matches(SystemInfo system) =>
        ObjectIdPrefixes.Any(prefix => system.ObjectId == prefix || system.ObjectId.StartsWith(prefix + ".", StringComparison.Ordinal))
        && (DescrRule?.IsMatch(system.Descr) ?? true);

    public DeviceIdentity Identify(IdentityFacts facts) =>
        new(Name, Vendor, OsName, Version(facts), Model(facts), Serial(facts), Role(facts));

    protected virtual string Version(IdentityFacts facts) => facts.Chassis?.SoftwareRevision ?? "";
    protected virtual string Model(IdentityFacts facts) => facts.Chassis?.Model ?? "";
    protected virtual string Serial(IdentityFacts facts) => facts.Chassis?.Serial ?? "";
    protected virtual DeviceRole Role(IdentityFacts facts) => DefaultRole;

    protected static Regex Rx(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    protected static Oid O(string oid) => Oid.Parse(oid);
    protected static string FirstNonEmpty(params string[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
}
