using System.CommandLine;

namespace NetMapper.Cli.Tests;

/// <summary>Runs <c>netmapper</c> in-process with captured output, as a user would at a shell.</summary>
internal static class CliRunner
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        RunAsync(TestContext.Current.CancellationToken, args);

    public static async Task<(int Exit, string Out, string Err)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        int exit = await Common.CommandLineRun.RunAsync(args, configuration, cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The built netmapper assembly, for tests that need it as a separate process.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "netmapper.dll");
}
