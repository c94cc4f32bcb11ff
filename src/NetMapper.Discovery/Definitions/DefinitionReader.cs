using System.Text.RegularExpressions;
using NetMapper.Topology;
using NetMapper.YamlFiles;

namespace NetMapper.Discovery.Definitions;

/// <summary>
/// Reads one definitions file (format netmapper-definitions/1). Every problem is collected with file, line and field,
/// and a file with any problem is refused whole.
/// </summary>
public static class DefinitionReader
{
    public const string Format = "netmapper-definitions/1";

    private static readonly string[] FileKeys = ["format", "definitions"];
    private static readonly string[] DefinitionKeys =
        ["id", "vendor", "os", "role", "roleFromServices", "match", "model", "modelName", "version", "serial", "hardwareFamily",
         "roles"];
    private static readonly string[] MatchKeys = ["sysObjectId", "sysDescr"];
    private static readonly string[] RoleRuleKeys = ["model", "sysDescr", "role"];
    private static readonly (string Key, IdentityFact Fact)[] FactKeys =
    [
        ("model", IdentityFact.Model), ("modelName", IdentityFact.ModelName), ("version", IdentityFact.Version),
        ("serial", IdentityFact.Serial), ("hardwareFamily", IdentityFact.HardwareFamily),
    ];

    public static IReadOnlyList<DeviceDefinition> Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new DefinitionException(DefinitionFailure.FileUnreadable, $"definitions '{path}' cannot be read: {reason}");
        }
        return Parse(text, path);
    }

    public static IReadOnlyList<DeviceDefinition> Parse(string yaml, string file)
    {
        var problems = new ProblemList(file);
        var definitions = new List<DeviceDefinition>();
        if (YamlRoot.Mapping(yaml, problems, $"not a definitions file: expected a mapping with 'format: {Format}'") is { } root)
        {
            var fields = new NodeFields(root, "", problems, FileKeys);
            string format = fields.Text("format");
            if (format != Format) problems.Add(root.Start, "format", $"'{format}' is not '{Format}'");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (node, where) in fields.Items("definitions"))
            {
                var definition = Definition(new NodeFields(node, where, problems, DefinitionKeys), file);
                if (definition is null) continue;
                if (ids.Add(definition.Id)) definitions.Add(definition);
                else problems.Add(node.Start, where + ".id", $"'{definition.Id}' is used by an earlier definition of this file");
            }
        }
        if (problems.Count > 0)
            throw new DefinitionException(DefinitionFailure.InvalidDefinitions, problems.Summary, problems.Items);
        return definitions;
    }

    private static DeviceDefinition? Definition(NodeFields fields, string file)
    {
        string id = Required(fields, "id");
        string vendor = fields.Text("vendor"), os = fields.Text("os");
        var role = RoleOf(fields, "role") ?? DeviceRole.Unknown;
        bool fromServices = Flag(fields, "roleFromServices");
        var match = Match(fields);
        var facts = new Dictionary<IdentityFact, IReadOnlyList<FactSource>>();
        foreach (var (key, fact) in FactKeys)
            if (fields.Has(key)) facts[fact] = SourceReader.Sources(fields, key);
        var roles = fields.Items("roles").Select(item => RoleRule(new NodeFields(item.Node, item.Path, fields.Problems, RoleRuleKeys)));
        var rules = roles.OfType<RoleRule>().ToArray();
        if (id.Length == 0 || match is null) return null;
        return new DeviceDefinition(id, vendor, os, role, match)
        {
            Facts = facts, Roles = rules, RoleFromServices = fromServices, Origin = $"{file}:{fields.Line}",
        };
    }

    private static DefinitionMatch? Match(NodeFields definition)
    {
        var fields = definition.Mapping("match", MatchKeys);
        if (fields is null)
        {
            definition.Problems.Add(definition.Line, definition.Field("match"), "is required: sysObjectId and/or sysDescr");
            return null;
        }
        var prefixes = fields.List("sysObjectId");
        foreach (var prefix in prefixes.Where(p => !IsNumericOid(p)))
            fields.Problems.Add(fields.LineOf("sysObjectId"), fields.Field("sysObjectId"), $"'{prefix}' is not a numeric OID");
        var descr = Pattern(fields, "sysDescr");
        if (prefixes.Count == 0 && descr is null)
            fields.Problems.Add(fields.Line, definition.Field("match"), "needs sysObjectId, sysDescr or both");
        return new DefinitionMatch(prefixes.Select(p => p.TrimStart('.')).ToArray(), descr);
    }

    private static RoleRule? RoleRule(NodeFields fields)
    {
        var role = RoleOf(fields, "role");
        if (role is null) fields.Problems.Add(fields.LineOf("role"), fields.Field("role"), "is required");
        var model = Pattern(fields, "model");
        var descr = Pattern(fields, "sysDescr");
        if (model is null == descr is null)
            fields.Problems.Add(fields.LineOf("model"), fields.Field("model"), "give exactly one of model or sysDescr");
        if (role is null || (model ?? descr) is not { } pattern) return null;
        return new RoleRule(model is null ? null : IdentityFact.Model, pattern, role.Value);
    }

    internal static string Required(NodeFields fields, string key)
    {
        string value = fields.Text(key);
        if (value.Length == 0 && !fields.Has(key)) fields.Problems.Add(fields.LineOf(key), fields.Field(key), "is required");
        return value;
    }

    internal static bool Flag(NodeFields fields, string key)
    {
        string text = fields.Text(key);
        if (text.Length == 0) return false;
        if (bool.TryParse(text, out bool value)) return value;
        fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"'{text}' is not true or false");
        return false;
    }

    private static DeviceRole? RoleOf(NodeFields fields, string key)
    {
        string text = fields.Text(key);
        if (text.Length == 0) return null;
        var role = Enum.GetValues<DeviceRole>().Where(r => Spelling.Of(r) == text).Cast<DeviceRole?>().FirstOrDefault();
        if (role is null)
        {
            var known = string.Join(", ", Enum.GetValues<DeviceRole>().Select(r => Spelling.Of(r)));
            fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"'{text}' is not a role; roles: {known}");
        }
        return role;
    }

    internal static Regex? Pattern(NodeFields fields, string key)
    {
        string text = fields.Text(key);
        if (text.Length == 0) return null;
        try { return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        catch (ArgumentException e)
        {
            fields.Problems.Add(fields.LineOf(key), fields.Field(key), $"'{text}' is not a regular expression: {e.Message}");
            return null;
        }
    }

    internal static bool IsNumericOid(string text) =>
        text.TrimStart('.').Split('.') is { Length: >= 2 } arcs && arcs.All(a => a.Length > 0 && a.All(char.IsAsciiDigit));
}
