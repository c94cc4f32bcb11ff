using System.CommandLine;

namespace NetMapper.Cli.Common;

/// <summary>Parses and runs a command line: what Program and the tests call, so both see the same errors.</summary>
internal static class CommandLineRun
{
    public static async Task<int> RunAsync(
        string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        // No command at all: the overview of commands is the most useful answer.
        var result = NetMapperCommand.Build().Parse(args.Length == 0 ? ["--help"] : args);
        if (result.Errors.Count > 0)
        {
            await (configuration.Error ?? Console.Error).WriteLineAsync($"netmapper: {ParseErrors.Describe(result)}");
            return ExitCodes.Usage;
        }
        return await result.InvokeAsync(configuration, cancellationToken);
    }
}
