using System.CommandLine;
using NetMapper.Cli.Snmp;

namespace NetMapper.Cli.Common;

/// <summary>Parses and runs a command line: what Program and the tests call, so both see the same errors.</summary>
internal static class CommandLineRun
{
    public static async Task<int> RunAsync(
        string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        // No command at all: the overview of commands is the most useful answer.
        string[] words = args.Length == 0 ? ["--help"] : args;
        var root = NetMapperCommand.Build(firstArgument: words[0]);
        var result = root.Parse(NetSnmpStyle(root, words));
        if (result.Errors.Count > 0)
        {
            await (configuration.Error ?? Console.Error).WriteLineAsync($"netmapper: {ParseErrors.Describe(result)}");
            return ExitCodes.Usage;
        }
        return await result.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary><c>snmp get|next|bulk|walk</c> also take net-snmp's glued short options.</summary>
    private static string[] NetSnmpStyle(RootCommand root, string[] words)
    {
        if (words is not ["snmp", var name, ..]) return words;
        var command = root.Subcommands.Single(c => c.Name == "snmp").Subcommands.FirstOrDefault(c => c.Name == name);
        return command is null ? words : [.. words[..2], .. GluedShortOptions.Split(command, words[2..])];
    }
}
