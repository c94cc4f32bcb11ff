using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace NetMapper.Lifecycle.Import;

/// <summary>An endoflife.date product file (products/NAME.md): YAML front matter between two '---' lines.</summary>
internal static partial class EndOfLifeMarkdown
{
    /// <summary>The front matter starts on the second line of the file: its line N is the file's line N + 1.</summary>
    private const int LineOffset = 1;

    public static EndOfLifeProduct Read(string text, string file)
    {
        var yaml = FrontMatter(text, file);
        var node = new EndOfLifeYamlNode(Parse(yaml, file), file, LineOffset);
        var permalink = node.Text("permalink").TrimStart('/');
        if (permalink.Length == 0) permalink = Path.GetFileNameWithoutExtension(file).Split('.')[0];
        var releases = node.Releases().Select(release => release.ToRelease()).ToList();
        return new EndOfLifeProduct(file, permalink, node.Text("category"), node.Text("eolColumn"), node.Text("eoasColumn"),
            $"https://endoflife.date/{permalink}", releases);
    }

    /// <summary>The YAML between the '---' first line and the next '---' line.</summary>
    private static string FrontMatter(string text, string file)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw ImportSource.Invalid(file, "1", "", "no front matter: an endoflife.date product file starts with '---'");
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() == "---");
        if (end < 0) throw ImportSource.Invalid(file, "1", "", "the front matter is not closed by a '---' line");
        return string.Join('\n', lines[1..end]);
    }

    private static YamlTreeMap Parse(string yaml, string file)
    {
        YamlTreeNode? root;
        try
        {
            root = YamlTree.Load(yaml);
        }
        catch (YamlException e)
        {
            var line = e.Start.Line + LineOffset;
            throw ImportSource.Invalid(file, $"{line}", "", $"invalid YAML: {Reason(e)}{Hint(yaml, e.Start.Line)}");
        }
        return root as YamlTreeMap ?? throw ImportSource.Invalid(file, "2", "", "the front matter is not a YAML mapping");
    }

    private static string Reason(YamlException e) => MarkPrefix().Replace((e.InnerException ?? e).Message, "");

    /// <summary>Names the known cause of the usual break: an unquoted link template with ": " in it.</summary>
    private static string Hint(string yaml, long line)
    {
        var text = yaml.Split('\n').ElementAtOrDefault((int)line - 1) ?? "";
        return text.Contains("{{", StringComparison.Ordinal) ? " (a template value with ': ' in it must be quoted)" : "";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
