using NetMapper.Snmp;
using NetMapper.YamlFiles;
using YamlDotNet.RepresentationModel;

namespace NetMapper.Discovery.Definitions;

/// <summary>Reads a fact's list of sources: each a mapping with exactly one origin key and optional refinements.</summary>
internal static class SourceReader
{
    private static readonly string[] Origins = ["sysDescr", "get", "walk", "entity", "value", "objectId"];
    private static readonly string[] Keys = [.. Origins, "class", "index", "pattern", "format", "unless", "upper", "append"];
    private static readonly string[] EntityClasses = ["", "chassis", "stack", "module", "container", "other", "cpu"];

    public static IReadOnlyList<FactSource> Sources(NodeFields definition, string key) =>
        definition.Items(key).Select(item => Source(new NodeFields(item.Node, item.Path, definition.Problems, Keys)))
            .OfType<FactSource>().ToArray();

    private static FactSource? Source(NodeFields fields)
    {
        var given = Origins.Where(fields.Has).ToArray();
        if (given.Length != 1)
        {
            fields.Problems.Add(fields.Line, fields.Field(""), $"give exactly one of {string.Join(", ", Origins)}");
            return null;
        }
        var source = Origin(fields, given[0]);
        if (source is null) return null;
        return source with
        {
            Pattern = source.Pattern ?? DefinitionReader.Pattern(fields, "pattern"),
            Format = fields.Text("format") is { Length: > 0 } format ? format : null,
            Unless = DefinitionReader.Pattern(fields, "unless"),
            Upper = DefinitionReader.Flag(fields, "upper"),
            EntityClass = EntityClass(fields),
            Index = Index(fields, source),
            Append = fields.Mapping("append", Keys) is { } append ? Source(append) : null,
        };
    }

    private static FactSource? Origin(NodeFields fields, string origin) => origin switch
    {
        "sysDescr" => Descr(fields),
        "get" => Oid(fields, origin) is { } oid ? new FactSource(FactOrigin.Get) { Oid = oid } : null,
        "walk" => Oid(fields, origin) is { } oid ? new FactSource(FactOrigin.Walk) { Oid = oid } : null,
        "entity" => Entity(fields),
        "value" => new FactSource(FactOrigin.Value) { Text = fields.Text(origin) },
        _ => ObjectIds(fields),
    };

    private static FactSource? Descr(NodeFields fields)
    {
        if (fields.Has("pattern"))
            fields.Problems.Add(fields.LineOf("pattern"), fields.Field("pattern"), "sysDescr is itself the pattern; give one of them");
        return DefinitionReader.Pattern(fields, "sysDescr") is { } pattern
            ? new FactSource(FactOrigin.SysDescr) { Pattern = pattern } : null;
    }

    private static Oid? Oid(NodeFields fields, string key)
    {
        string text = fields.Text(key);
        if (DefinitionReader.IsNumericOid(text)) return NetMapper.Snmp.Oid.Parse(text.TrimStart('.'));
        fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"'{text}' is not a numeric OID");
        return null;
    }

    private static FactSource? Entity(NodeFields fields)
    {
        string text = fields.Text("entity");
        if (Enum.TryParse<EntityField>(text, ignoreCase: true, out var field) && text.All(char.IsAsciiLetterLower))
            return new FactSource(FactOrigin.Entity) { Field = field };
        var known = string.Join(", ", Enum.GetNames<EntityField>().Select(n => n.ToLowerInvariant()));
        fields.Problems.Add(fields.LineOf("entity"), fields.Field("entity"), $"'{text}' is not an entity field; fields: {known}");
        return null;
    }

    /// <summary>index: the scalar naming the row of a get's column (Nokia's tmnxChassisType.1 for tmnxChassisTypeName).</summary>
    private static Oid? Index(NodeFields fields, FactSource source)
    {
        if (!fields.Has("index")) return null;
        if (source.Origin == FactOrigin.Get) return Oid(fields, "index");
        fields.Problems.Add(fields.Line, fields.Field("index"), "only a get source has an index");
        return null;
    }

    private static string EntityClass(NodeFields fields)
    {
        string text = fields.Text("class");
        if (text.Length > 0 && !fields.Has("entity"))
            fields.Problems.Add(fields.LineOf("class"), fields.Field("class"), "only an entity source has a class");
        if (EntityClasses.Contains(text)) return text;
        string known = string.Join(", ", EntityClasses[1..]);
        fields.Problems.Add(fields.LineOf("class"), fields.Field("class"), $"'{text}' is not one of {known}");
        return "";
    }

    /// <summary>objectId: a mapping of sysObjectID (numeric) to the name the vendor's product MIB gives it.</summary>
    private static FactSource? ObjectIds(NodeFields fields)
    {
        if (fields.Node.Children[new YamlScalarNode("objectId")] is not YamlMappingNode mapping)
        {
            fields.Problems.Add(fields.LineOf("objectId"), fields.Field("objectId"), "must be a mapping of sysObjectID to a name");
            return null;
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            string oid = (key as YamlScalarNode)?.Value?.Trim().TrimStart('.') ?? "";
            string name = (value as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!DefinitionReader.IsNumericOid(oid) || name.Length == 0)
                fields.Problems.Add(key.Start, fields.Field("objectId"), $"'{oid}' must be a numeric OID with a name");
            else names[oid] = name;
        }
        return new FactSource(FactOrigin.ObjectId) { Names = names };
    }
}
