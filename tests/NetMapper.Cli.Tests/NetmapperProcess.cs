using System.Diagnostics;

namespace NetMapper.Cli.Tests;

/// <summary>
/// Runs netmapper as its own process, as cron would: the credential store's key in its environment, secrets on its
/// standard input. The credential commands read both from the process itself, so they cannot run in-process.
/// </summary>
internal static class NetmapperProcess
{
    public const string StoreKey = "store-key-for-tests-0123";
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static Dictionary<string, string> Environment(string key = StoreKey, IDictionary<string, string>? more = null)
    {
        var environment = new Dictionary<string, string>(more ?? new Dictionary<string, string>())
        {
            ["NETMAPPER_CREDENTIALS_KEY"] = key,
        };
        return environment;
    }

    public static ChildProcess Start(IEnumerable<string> arguments, string key = StoreKey, IDictionary<string, string>? more = null) =>
        ChildProcess.Start(DotnetCli.Dotnet, [CliRunner.AssemblyPath, .. arguments], Environment(key, more));

    /// <summary>Waits until a child's output holds <paramref name="stage"/>: a stage it announces has begun.</summary>
    public static async Task WaitForStageAsync(ChildProcess child, string stage)
    {
        var waited = Stopwatch.StartNew();
        bool Waiting() => !child.Stdout.Contains(stage, StringComparison.Ordinal) && !child.HasExited;
        while (Waiting() && waited.Elapsed < Timeout) await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.True(child.Stdout.Contains(stage, StringComparison.Ordinal), $"no '{stage}' in: {child.Stdout}{child.Stderr}");
    }

    /// <summary>Runs to the end with <paramref name="stdin"/> as its input; the output whole.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(IEnumerable<string> arguments, string stdin = "",
        string key = StoreKey)
    {
        await using var child = Start(arguments, key);
        await child.Stdin.WriteAsync(stdin);
        child.Stdin.Close();
        int exit = await child.WaitForExitAsync(Timeout);
        return (exit, child.Stdout, child.Stderr);
    }
}
