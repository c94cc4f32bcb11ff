using System.CommandLine;

namespace NetMapper.Cli.Snmp;

/// <summary>
/// net-snmp's tools read options with getopt, so engineers write their values glued on (<c>-v2c -cpublic -Cr25</c>) and
/// paste such command lines into <c>netmapper snmp</c>: each glued short option is split into the option and its value.
/// </summary>
internal static class GluedShortOptions
{
    public static string[] Split(Command command, IReadOnlyList<string> words)
    {
        var names = command.Options
            .Where(option => option.Arity.MaximumNumberOfValues > 0)
            .SelectMany(option => option.Aliases.Append(option.Name))
            .Where(name => name.StartsWith('-') && !name.StartsWith("--", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var split = new List<string>(words.Count + 4);
        bool optionsEnded = false;
        foreach (var word in words)
        {
            optionsEnded |= word == "--";
            string? name = optionsEnded || names.Contains(word) ? null : LongestPrefix(names, word);
            if (name is null) split.Add(word);
            else split.AddRange([name, word[name.Length..]]);
        }
        return [.. split];
    }

    private static string? LongestPrefix(IEnumerable<string> names, string word) =>
        names.Where(name => word.Length > name.Length && word.StartsWith(name, StringComparison.Ordinal))
            .MaxBy(name => name.Length);
}
