using System.Diagnostics;
using System.Globalization;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>Programs run as their own processes, as a user runs them: netmapper as deployed, and the time each run takes.</summary>
internal static class BenchCli
{
    /// <summary>The self-contained build that build.ps1 publishes (as deployed), else the one built beside the benchmark.</summary>
    public static string[] NetMapper
    {
        get
        {
            string? published = Environment.GetEnvironmentVariable("NETMAPPER_BENCH_CLI");
            if (published is { Length: > 0 } && File.Exists(published)) return [published];
            return ["dotnet", Path.Combine(AppContext.BaseDirectory, "netmapper.dll")];
        }
    }

    public static bool IsPublished => NetMapper.Length == 1;

    /// <summary>One run: wall time from start to exit, CPU time (user + system, from /usr/bin/time when there is one) and the
    /// lines it printed.</summary>
    public static async Task<(TimeSpan Wall, TimeSpan? Cpu, int Lines)> TimeAsync(IReadOnlyList<string> command)
    {
        const string Time = "/usr/bin/time";
        var cpuFile = Path.GetTempFileName();
        try
        {
            bool timed = File.Exists(Time);
            var watch = Stopwatch.StartNew();
            var (exit, stdout, stderr) = timed
                ? await ChildProcess.RunAsync(Time, ["-f", "%U %S", "-o", cpuFile, .. command], TimeSpan.FromMinutes(5))
                : await ChildProcess.RunAsync(command[0], command.Skip(1), TimeSpan.FromMinutes(5));
            var wall = watch.Elapsed;
            if (exit != 0) throw new InvalidOperationException($"{string.Join(' ', command)} failed ({exit}): {stderr}");
            return (wall, timed ? Cpu(await File.ReadAllTextAsync(cpuFile)) : null, stdout.Count(c => c == '\n'));
        }
        finally { File.Delete(cpuFile); }
    }

    private static TimeSpan Cpu(string userAndSystem) =>
        TimeSpan.FromSeconds(userAndSystem.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Sum(s => double.Parse(s, CultureInfo.InvariantCulture)));

    /// <summary><c>netmapper lab serve DIR --listen ADDRESS</c> as its own process, once it says it is serving.</summary>
    public static async Task<ChildProcess> LabServeAsync(string directory, string listen)
    {
        var serve = ChildProcess.Start(NetMapper[0], [.. NetMapper.Skip(1), "lab", "serve", directory, "--listen", listen]);
        var started = Stopwatch.StartNew();
        bool Starting() => !serve.Stdout.Contains("serving", StringComparison.Ordinal) && !serve.HasExited;
        while (Starting() && started.Elapsed < TimeSpan.FromMinutes(1)) await Task.Delay(50);
        if (!serve.Stdout.Contains("serving", StringComparison.Ordinal))
            throw new InvalidOperationException($"lab serve did not start: {serve.Stderr}");
        return serve;
    }
}
