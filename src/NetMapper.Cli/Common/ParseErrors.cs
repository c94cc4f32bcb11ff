using System.CommandLine;
using System.Text.RegularExpressions;

namespace NetMapper.Cli.Common;

/// <summary>
/// A command line that does not parse, as one line: the first thing wrong, in NetMapper's words (System.CommandLine's
/// own messages name .NET types), and where to look for the right form. Exit code 2, never the whole help.
/// </summary>
internal static partial class ParseErrors
{
    public static string Describe(ParseResult result)
    {
        string command = CommandPath(result);
        string hint = $"see '{command} --help'";
        var messages = result.Errors.Select(e => e.Message).ToList();
        if (messages.FirstOrDefault(m => Unrecognized().IsMatch(m)) is { } unknown)
        {
            string word = Unrecognized().Match(unknown).Groups[1].Value;
            var commands = result.CommandResult.Command.Subcommands.Select(c => c.Name).ToList();
            string expected = commands.Count > 0 && !word.StartsWith('-') ? $"; commands: {string.Join(", ", commands)}" : "";
            return $"'{word}' is not a command or option of '{command}'{expected} ({hint})";
        }
        string first = messages.FirstOrDefault() ?? "the command line is incomplete";
        if (CannotParse().Match(first) is { Success: true } bad)
            return $"{bad.Groups[2].Value} '{bad.Groups[1].Value}' is not a valid {Kind(bad.Groups[3].Value)} ({hint})";
        if (first.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            var subcommands = string.Join(", ", result.CommandResult.Command.Subcommands.Select(c => c.Name));
            return $"'{command}' needs a command: {subcommands} ({hint})";
        }
        return $"{first.TrimEnd('.')} ({hint})";
    }

    private static string CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (var node = result.CommandResult; node is not null; node = node.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(node.Command.Name);
        names.Reverse();
        names[0] = SelfCommand.Name;
        return string.Join(' ', names);
    }

    /// <summary>The kind of value an option wants, from the .NET type System.CommandLine names.</summary>
    private static string Kind(string type) => type switch
    {
        _ when type.Contains("Double", StringComparison.Ordinal) => "number",
        _ when type.Contains("Int", StringComparison.Ordinal) => "whole number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "value",
    };

    [GeneratedRegex("^Unrecognized command or argument '(.*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'")]
    private static partial Regex CannotParse();
}
