using YamlDotNet.RepresentationModel;

namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>One line of cisco-series-patterns.yaml: a series name of cisco_series_lifecycle.csv and its PID patterns.</summary>
internal sealed record SeriesPatterns(string Series, IReadOnlyList<string> Patterns, int Line);

/// <summary>Reads the hand-maintained mapping: a YAML mapping of series name to a sequence of patterns.</summary>
internal static class SeriesPatternsFile
{
    public static IReadOnlyList<SeriesPatterns> Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidDataException($"{path}: expected one mapping of series name to patterns");
        var result = new List<SeriesPatterns>();
        foreach (var (key, value) in root.Children)
        {
            var line = (int)key.Start.Line;
            if (key is not YamlScalarNode { Value: { Length: > 0 } series } || value is not YamlSequenceNode patterns)
                throw new InvalidDataException($"{path}:{line}: expected 'series name: [pattern, ...]'");
            var list = patterns.Children.Select(p => (p as YamlScalarNode)?.Value ?? "").ToList();
            foreach (var pattern in list)
            {
                if (ProductPattern.Problem(pattern) is { } problem)
                    throw new InvalidDataException($"{path}:{line}: pattern '{pattern}': {problem}");
            }
            result.Add(new SeriesPatterns(series, list, line));
        }
        return result;
    }
}
