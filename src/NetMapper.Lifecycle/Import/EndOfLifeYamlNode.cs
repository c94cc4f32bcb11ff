namespace NetMapper.Lifecycle.Import;

/// <summary>A mapping of a product file's front matter, read with the file's line numbers for messages.</summary>
internal sealed class EndOfLifeYamlNode(YamlTreeMap mapping, string file, int lineOffset, string path = "")
{
    public int Line => mapping.Line + lineOffset;

    /// <summary>The value of a key, trimmed; "" when absent or null ("link: null").</summary>
    public string Text(string key) => Scalar(key) is { } scalar ? Value(scalar) : "";

    public IEnumerable<EndOfLifeYamlNode> Releases()
    {
        if (Node("releases") is not { } node) return [];
        if (node is not YamlTreeList list) throw Invalid(node, "releases", "is not a list");
        return list.Items.Select((release, i) => release is YamlTreeMap map
            ? new EndOfLifeYamlNode(map, file, lineOffset, $"releases[{i}]")
            : throw Invalid(release, $"releases[{i}]", "is not a mapping"));
    }

    public EndOfLifeRelease ToRelease()
    {
        var name = Text("releaseCycle");
        if (name.Length == 0) throw Invalid(mapping, Join("releaseCycle"), "missing");
        return new EndOfLifeRelease(name, Text("releaseLabel"), Text("latest"), Text("link"), Line,
            Milestone("eoas"), Milestone("eol"), Milestone("discontinued"));
    }

    /// <summary>A date, <c>true</c> (reached, no date given), or <c>false</c> and absent (not reached).</summary>
    private EndOfLifeValue Milestone(string key)
    {
        if (Scalar(key) is not { } scalar) return EndOfLifeValue.None;
        var text = Value(scalar);
        if (text is "" or "false" or "False") return EndOfLifeValue.None;
        if (text is "true" or "True") return EndOfLifeValue.Reached;
        if (ImportDates.TryParseIso(text, out var date)) return EndOfLifeValue.On(date);
        throw Invalid(scalar, Join(key), $"'{text}' is not a date (YYYY-MM-DD), true or false");
    }

    private static string Value(YamlTreeScalar scalar)
    {
        var text = scalar.Value.Trim();
        return scalar.IsPlain && text is "null" or "Null" or "NULL" or "~" ? "" : text;
    }

    private YamlTreeScalar? Scalar(string key) => Node(key) switch
    {
        null => null,
        YamlTreeScalar scalar => scalar,
        var other => throw Invalid(other, Join(key), "is not a single value"),
    };

    private YamlTreeNode? Node(string key) => mapping.Entries.GetValueOrDefault(key);

    private string Join(string key) => path.Length == 0 ? key : $"{path}.{key}";

    private LifecycleException Invalid(YamlTreeNode node, string field, string what) =>
        ImportSource.Invalid(file, $"{node.Line + lineOffset}", field, what);
}
