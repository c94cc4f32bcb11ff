using System.CommandLine;

namespace NetMapper.Report.Tests;

/// <summary>Runs <c>netmapper</c> in-process with captured output, as a user would at a shell.</summary>
internal static class InProcessCli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        int exit = await Cli.Common.CommandLineRun.RunAsync(args, configuration, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
