using System.CommandLine;

namespace NetMapper.Cli.Common;

/// <summary>
/// Runs a command body and turns every failure into one line on standard error and an exit code (see <see cref="Failures"/>).
/// </summary>
internal static class CommandRunner
{
    public static void SetGuardedAction(this Command command, Func<ParseResult, TextWriter, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            try
            {
                return await body(result, result.InvocationConfiguration.Output, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("netmapper: interrupted");
                return ExitCodes.Interrupted;
            }
            catch (Exception e)
            {
                var (exitCode, message) = Failures.Describe(e);
                await error.WriteLineAsync($"netmapper: {message}");
                if (exitCode == ExitCodes.Internal && Environment.GetEnvironmentVariable("NETMAPPER_DEBUG") == "1")
                    await error.WriteLineAsync(e.ToString());
                return exitCode;
            }
        });
    }
}
