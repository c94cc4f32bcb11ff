using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>The netmapper binary as published (Native AOT), named by NETMAPPER_PUBLISHED_CLI, run as its own process.</summary>
internal static class PublishedProgram
{
    public const string Variable = "NETMAPPER_PUBLISHED_CLI";

    /// <summary>The binary; the test is skipped without one, and fails without one when the lab is required.</summary>
    public static string Binary
    {
        get
        {
            string? path = Environment.GetEnvironmentVariable(Variable);
            Requires.That(path is not null && File.Exists(path), $"{Variable} names no published netmapper (build.ps1 publish DIR)");
            return path!;
        }
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] arguments, string stdin = "")
    {
        await using var child = ChildProcess.Start(Binary, arguments, NetmapperProcess.Environment());
        await child.Stdin.WriteAsync(stdin);
        child.Stdin.Close();
        int exit = await child.WaitForExitAsync(NetmapperProcess.Timeout);
        return (exit, child.Stdout, child.Stderr);
    }

    /// <summary>Runs a command that must succeed; its standard output.</summary>
    public static async Task<string> OkAsync(params string[] arguments)
    {
        var (exit, output, error) = await RunAsync(arguments);
        Assert.True(exit == 0, $"netmapper {string.Join(' ', arguments)} exited {exit}: {error}{output}");
        return output;
    }

    /// <summary>Runs a command with <c>--json</c> that must succeed; the JSON it printed, parsed.</summary>
    public static async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        using var document = JsonDocument.Parse(await OkAsync([.. arguments, "--json"]));
        return document.RootElement.Clone();
    }

    /// <summary><c>lab serve</c> of the sample's recordings on a free loopback port, answering the v3 user given.</summary>
    public static async Task<(ChildProcess Serve, int Port)> ServeSampleAsync(string v3User)
    {
        int port = FreePort.Udp();
        var serve = ChildProcess.Start(Binary, ["lab", "serve", Path.Combine(SampleDemo.SampleDir, "recordings"),
            "--port", port.ToString(CultureInfo.InvariantCulture), "--v3-user", v3User]);
        var started = Stopwatch.StartNew();
        while (!serve.Stdout.Contains("serving", StringComparison.Ordinal) && !serve.HasExited && started.Elapsed.TotalSeconds < 60)
            await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.True(serve.Stdout.Contains("serving", StringComparison.Ordinal), serve.Stderr);
        return (serve, port);
    }
}
