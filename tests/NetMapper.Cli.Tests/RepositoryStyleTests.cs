namespace NetMapper.Cli.Tests;

/// <summary>The style rules CI enforces on the code itself (.editorconfig's max_line_length).</summary>
public class RepositoryStyleTests
{
    private const int MaxLineLength = 140;

    [Fact]
    public void No_line_of_source_or_tests_is_longer_than_140_characters()
    {
        var folders = new[] { "src", "tests", "tools" }.Select(f => Path.Combine(RepoPaths.Root, f));
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var tooLong = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength)
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {l.Length} characters")
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files found under {RepoPaths.Root}");
        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines over {MaxLineLength} characters:\n{string.Join('\n', tooLong.Take(50))}");
    }
}
