using System.CommandLine;
using NetMapper.Snmp;

namespace NetMapper.Cli.Common;

/// <summary>Runs a command body and turns expected failures into one line on standard error and an exit code, never a stack trace.</summary>
internal static class CommandRunner
{
    public static void SetGuardedAction(this Command command, Func<ParseResult, TextWriter, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            try
            {
                return await body(result, output, cancellationToken);
            }
            catch (UsageException e)
            {
                await error.WriteLineAsync($"netmapper: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (NetMapper.Lifecycle.LifecycleException e)
            {
                await error.WriteLineAsync($"netmapper: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (SnmpException e)
            {
                await error.WriteLineAsync($"netmapper: {e.Message}");
                return ExitCodes.Failed;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("netmapper: cancelled");
                return ExitCodes.Failed;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"netmapper: {e.Message}");
                return ExitCodes.Failed;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug, not bad input: still one line, no stack trace; NETMAPPER_DEBUG=1 shows it.
                await error.WriteLineAsync($"netmapper: internal error ({e.GetType().Name}): {e.Message}");
                if (Environment.GetEnvironmentVariable("NETMAPPER_DEBUG") == "1") await error.WriteLineAsync(e.ToString());
                return ExitCodes.Internal;
            }
        });
    }
}
