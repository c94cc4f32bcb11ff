using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetMapper.Lifecycle.Import;

/// <summary>A YAML node with the line it starts on (1-based, in the text given to <see cref="YamlTree.Load"/>).</summary>
internal abstract record YamlTreeNode(int Line);

internal sealed record YamlTreeScalar(int Line, string Value, bool IsPlain) : YamlTreeNode(Line);

internal sealed record YamlTreeList(int Line, IReadOnlyList<YamlTreeNode> Items) : YamlTreeNode(Line);

internal sealed record YamlTreeMap(int Line, IReadOnlyDictionary<string, YamlTreeNode> Entries) : YamlTreeNode(Line);

/// <summary>
/// YAML read as a tree from YamlDotNet's parser. Unlike YamlStream it lets a repeated key keep its last value, as
/// Jekyll, which builds endoflife.date, reads it (the Cisco IOS and NX-OS files repeat "display" in customFields).
/// </summary>
internal static class YamlTree
{
    /// <summary>The first document, or null for an empty text. Throws YamlException for text that is not YAML.</summary>
    public static YamlTreeNode? Load(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _)) return null;
        parser.Consume<DocumentStart>();
        return Node(parser, new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal));
    }

    private static YamlTreeNode Node(IParser parser, Dictionary<string, YamlTreeNode> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
            return anchors.GetValueOrDefault(alias.Value.Value)
                ?? throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} names no anchor");
        var (node, anchor) = parser.TryConsume<Scalar>(out var scalar)
            ? (new YamlTreeScalar(Line(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain), scalar.Anchor)
            : parser.TryConsume<SequenceStart>(out var sequence)
                ? (List(parser, anchors, Line(sequence)), sequence.Anchor)
                : Map(parser, anchors);
        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
        return node;
    }

    private static YamlTreeList List(IParser parser, Dictionary<string, YamlTreeNode> anchors, int line)
    {
        var items = new List<YamlTreeNode>();
        while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(Node(parser, anchors));
        return new YamlTreeList(line, items);
    }

    private static (YamlTreeNode, AnchorName) Map(IParser parser, Dictionary<string, YamlTreeNode> anchors)
    {
        var start = parser.Consume<MappingStart>();
        var entries = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = Node(parser, anchors);
            var value = Node(parser, anchors);
            if (key is YamlTreeScalar { Value: var name }) entries[name] = value;
        }
        return (new YamlTreeMap(Line(start), entries), start.Anchor);
    }

    private static int Line(ParsingEvent e) => (int)e.Start.Line;
}
