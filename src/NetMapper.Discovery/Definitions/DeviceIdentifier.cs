using System.Text.RegularExpressions;
using NetMapper.Discovery.Collectors;
using NetMapper.Topology;

namespace NetMapper.Discovery.Definitions;

/// <summary>Applies a definition to what a device answered: each fact from its first source with a value, then the role.</summary>
public static class DeviceIdentifier
{
    public static DeviceIdentity Identify(DeviceDefinition definition, IdentityFacts facts)
    {
        string model = Read(definition, IdentityFact.Model, facts);
        return new DeviceIdentity(definition.Id, definition.Vendor, definition.OsName,
            Read(definition, IdentityFact.Version, facts), model, Read(definition, IdentityFact.Serial, facts),
            RoleOf(definition, facts, model))
        {
            ModelName = Read(definition, IdentityFact.ModelName, facts),
            HardwareFamily = Read(definition, IdentityFact.HardwareFamily, facts),
        };
    }

    public static string Read(DeviceDefinition definition, IdentityFact fact, IdentityFacts facts) =>
        definition.SourcesOf(fact).Select(source => Value(source, facts)).FirstOrDefault(v => v.Length > 0) ?? "";

    /// <summary>The value one source gives, after its pattern, format, exclusion and case rules; empty when none.</summary>
    public static string Value(FactSource source, IdentityFacts facts)
    {
        string raw = Raw(source, facts);
        if (raw.Length == 0) return "";
        string value = source.Pattern is null ? Formatted(source.Format, raw) : Extract(source.Pattern, source.Format, raw);
        value = value.Trim();
        if (value.Length == 0 || source.Unless?.IsMatch(value) == true) return "";
        if (source.Upper) value = value.ToUpperInvariant();
        return source.Append is { } append && Value(append, facts) is { Length: > 0 } appended ? $"{value} {appended}" : value;
    }

    private static string Formatted(string? format, string value) => format?.Replace("{v}", value, StringComparison.Ordinal) ?? value;

    private static string Raw(FactSource source, IdentityFacts facts) => source.Origin switch
    {
        FactOrigin.SysDescr => facts.System.Descr,
        FactOrigin.Get when source.Index is { } index => facts.Row(source.Oid!, index) is { } row ? facts.Scalar(row) : "",
        FactOrigin.Get => facts.Scalar(source.Oid!),
        FactOrigin.Walk => facts.FirstUnder(source.Oid!),
        FactOrigin.Entity => EntityText(facts.Entity(source.EntityClass), source.Field),
        FactOrigin.Value => source.Text,
        FactOrigin.ObjectId => source.Names.GetValueOrDefault(facts.System.ObjectId, ""),
        _ => "",
    };

    private static string EntityText(DeviceComponent? entity, EntityField field) => entity is null ? "" : field switch
    {
        EntityField.Model => entity.Model,
        EntityField.Serial => entity.Serial,
        EntityField.Software => entity.SoftwareRevision,
        EntityField.Firmware => entity.FirmwareRevision,
        EntityField.Hardware => entity.HardwareRevision,
        EntityField.Description => entity.Description,
        EntityField.Name => entity.Name,
        _ => "",
    };

    /// <summary>Group <c>v</c>, else the whole match; with a format, "{name}" stands for each named group.</summary>
    private static string Extract(Regex pattern, string? format, string text)
    {
        var match = pattern.Match(text);
        if (!match.Success) return "";
        if (format is null) return match.Groups["v"] is { Success: true } v ? v.Value : match.Value;
        return Regex.Replace(format, @"\{(?<g>\w+)\}", m => match.Groups[m.Groups["g"].Value].Value, RegexOptions.None,
            TimeSpan.FromSeconds(1));
    }

    private static DeviceRole RoleOf(DeviceDefinition definition, IdentityFacts facts, string model)
    {
        foreach (var rule in definition.Roles)
        {
            string subject = rule.Fact == IdentityFact.Model ? model : facts.System.Descr;
            if (rule.Pattern.IsMatch(subject)) return rule.Role;
        }
        return definition.RoleFromServices ? ServicesRole(facts.System.Services, definition.Role) : definition.Role;
    }

    /// <summary>sysServices: 0x02 datalink (bridge), 0x04 internet (router), 0x40 applications (host).</summary>
    private static DeviceRole ServicesRole(int services, DeviceRole fallback) => services switch
    {
        var s when (s & 0x04) != 0 && (s & 0x02) != 0 => DeviceRole.L3Switch,
        var s when (s & 0x04) != 0 => DeviceRole.Router,
        var s when (s & 0x02) != 0 => DeviceRole.Switch,
        var s when (s & 0x40) != 0 => DeviceRole.Server,
        _ => fallback,
    };
}
