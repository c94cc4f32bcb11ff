namespace NetMapper.Cli.Common;

/// <summary>Options that take one or more words from a fixed list: --format, --view, --lang.</summary>
internal static class Choices
{
    public static string[] Parse(string text, IReadOnlyCollection<string> allowed, string option)
    {
        var words = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = words.Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        foreach (var word in chosen.Where(f => !allowed.Contains(f)))
            throw new UsageException($"{option} '{word}' is not one of {string.Join(", ", allowed)}");
        return chosen.Length > 0 ? chosen : throw new UsageException($"{option} names nothing");
    }

    public static string Language(string text) =>
        text is "zh-TW" or "en" ? text : throw new UsageException($"--lang '{text}' must be zh-TW or en");
}
