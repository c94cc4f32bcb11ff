using YamlDotNet.Core;

namespace NetMapper.YamlFiles;

/// <summary>The problems found in one file, each as "file:line: field: what is wrong".</summary>
public sealed class ProblemList(string file)
{
    private readonly List<string> items = [];

    public string File { get; } = file;
    public IReadOnlyList<string> Items => items;
    public int Count => items.Count;

    /// <summary>The first problem, and how many more there are: one line for an exception's message.</summary>
    public string Summary => Count == 0 ? "" : Count == 1 ? items[0] : $"{items[0]} (and {Count - 1} more)";

    public void Add(Mark mark, string field, string problem) => Add((int)mark.Line, field, problem);

    public void Add(int line, string field, string problem)
    {
        string where = line > 0 ? $"{File}:{line}" : File;
        items.Add(field.Length > 0 ? $"{where}: {field}: {problem}" : $"{where}: {problem}");
    }
}
