using YamlDotNet.RepresentationModel;

namespace NetMapper.YamlFiles;

/// <summary>
/// The fields of one YAML mapping, read by name. Keys outside the known set are reported (with the known keys), and
/// a field of the wrong shape is reported at its own line, so the reader never stops at the first mistake.
/// </summary>
public sealed class NodeFields
{
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);
    private readonly string path;
    private readonly ProblemList problems;

    public NodeFields(YamlMappingNode node, string path, ProblemList problems, IReadOnlyList<string> known)
    {
        (this.path, this.problems, Node) = (path, problems, node);
        foreach (var (key, value) in node.Children)
        {
            string name = key is YamlScalarNode scalar ? scalar.Value ?? "" : "";
            if (!known.Contains(name))
                problems.Add(key.Start, Field(name), $"unknown key; known keys: {string.Join(", ", known)}");
            else values[name] = value;
        }
    }

    public YamlMappingNode Node { get; }
    public ProblemList Problems => problems;
    public int Line => (int)Node.Start.Line;

    public string Field(string key) => path.Length == 0 || key.Length == 0 ? path + key : $"{path}.{key}";

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>The line of a field's value, or of the mapping when the field is absent.</summary>
    public int LineOf(string key) => values.TryGetValue(key, out var node) ? (int)node.Start.Line : Line;

    public string Text(string key)
    {
        if (!values.TryGetValue(key, out var node)) return "";
        if (node is YamlScalarNode scalar) return (scalar.Value ?? "").Trim();
        problems.Add(node.Start, Field(key), "must be a single value");
        return "";
    }

    /// <summary>A list of values; a single value counts as a list of one.</summary>
    public IReadOnlyList<string> List(string key)
    {
        if (!values.TryGetValue(key, out var node)) return [];
        if (node is YamlScalarNode one) return one.Value is { Length: > 0 } v ? [v.Trim()] : [];
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(node.Start, Field(key), "must be a list of values");
            return [];
        }
        var list = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text }) list.Add(text.Trim());
            else problems.Add(item.Start, Field(key), "each item must be a single value");
        }
        return list;
    }

    public NodeFields? Mapping(string key, IReadOnlyList<string> known)
    {
        if (!values.TryGetValue(key, out var node)) return null;
        if (node is YamlMappingNode mapping) return new NodeFields(mapping, Field(key), problems, known);
        problems.Add(node.Start, Field(key), $"must be a mapping of {string.Join(", ", known)}");
        return null;
    }

    /// <summary>The mappings of a list field, each with its path ("hardware[3]").</summary>
    public IEnumerable<(YamlMappingNode Node, string Path)> Items(string key)
    {
        if (!values.TryGetValue(key, out var node)) yield break;
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(node.Start, Field(key), "must be a list of entries");
            yield break;
        }
        int index = 0;
        foreach (var item in sequence)
        {
            string itemPath = $"{Field(key)}[{index++}]";
            if (item is YamlMappingNode mapping) yield return (mapping, itemPath);
            else problems.Add(item.Start, itemPath, "must be an entry (a mapping)");
        }
    }
}
