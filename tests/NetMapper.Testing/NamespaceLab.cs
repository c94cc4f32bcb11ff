using System.Diagnostics;
using System.Globalization;

namespace NetMapper.Testing;

/// <summary>
/// A test network of Linux network namespaces the test creates and always removes (also when it fails). Names carry
/// this process's id so parallel runs never touch each other's namespaces. Needs root; skips without it unless
/// NETMAPPER_REQUIRE_LAB=1. Only processes started here are stopped, by their PIDs.
/// </summary>
public sealed class NamespaceLab : IAsyncDisposable
{
    private static int s_counter;
    private readonly List<string> _namespaces = [];
    private readonly List<ChildProcess> _processes = [];
    private readonly string _tag;

    private NamespaceLab(string tag) => _tag = tag;

    public static async Task<NamespaceLab> CreateAsync()
    {
        Requires.Root();
        Requires.Tool("ip");
        var lab = new NamespaceLab($"{Environment.ProcessId % 10000}{Interlocked.Increment(ref s_counter)}");
        await lab.CheckAsync();
        return lab;
    }

    private async Task CheckAsync()
    {
        var probe = Name("probe");
        var (exit, _, error) = await ChildProcess.RunAsync("ip", ["netns", "add", probe], TimeSpan.FromSeconds(10));
        if (exit == 0) await ChildProcess.RunAsync("ip", ["netns", "del", probe], TimeSpan.FromSeconds(10));
        Requires.That(exit == 0, $"cannot create network namespaces here: {error.Trim()}");
    }

    /// <summary>A short namespace name unique to this lab ("nm1234-scan").</summary>
    public string Name(string role) => $"nm{_tag}-{role}";

    public async Task<string> AddNamespaceAsync(string role)
    {
        var name = Name(role);
        await IpAsync("netns", "add", name);
        _namespaces.Add(name);
        await ExecAsync(name, "ip", "link", "set", "lo", "up");
        return name;
    }

    /// <summary>A veth pair with one end in each namespace (names at most 15 characters).</summary>
    public Task ConnectAsync(string nsA, string ifA, string nsB, string ifB) =>
        IpAsync("link", "add", ifA, "netns", nsA, "type", "veth", "peer", "name", ifB, "netns", nsB);

    public Task IpAsync(params string[] args) => RunAsync("ip", args);

    public Task ExecAsync(string ns, params string[] command) => RunAsync("ip", ["netns", "exec", ns, .. command]);

    /// <summary>Many addresses on one interface at once (ip -batch), for sweep targets.</summary>
    public async Task AddAddressesAsync(string ns, string ifName, IEnumerable<string> cidrs)
    {
        var batch = Path.GetTempFileName();
        await File.WriteAllLinesAsync(batch, cidrs.Select(c => $"address add {c} dev {ifName}"));
        try { await RunAsync("ip", ["-n", ns, "-batch", batch]); }
        finally { File.Delete(batch); }
    }

    public async Task<(int ExitCode, string Stdout, string Stderr)> RunInAsync(string ns, TimeSpan timeout, params string[] command) =>
        await ChildProcess.RunAsync("ip", ["netns", "exec", ns, .. command], timeout);

    /// <summary>Starts a long-running process inside a namespace; it is stopped (by PID) when the lab is disposed.</summary>
    public ChildProcess Start(string ns, params string[] command)
    {
        var child = ChildProcess.Start("ip", ["netns", "exec", ns, .. command]);
        _processes.Add(child);
        return child;
    }

    /// <summary>netmapper itself, run inside a namespace so nothing it sends can leave the lab.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> NetMapperAsync(string ns, TimeSpan timeout, params string[] args) =>
        RunInAsync(ns, timeout, ["dotnet", Path.Combine(AppContext.BaseDirectory, "netmapper.dll"), .. args]);

    private static async Task RunAsync(string file, string[] args)
    {
        var (exit, _, error) = await ChildProcess.RunAsync(file, args, TimeSpan.FromMinutes(2));
        if (exit != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({exit}): {error.Trim()}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        foreach (var ns in _namespaces)
        {
            // Anything still running inside (a daemon that forked) was started by this lab: stop it by PID.
            var (_, pids, _) = await ChildProcess.RunAsync("ip", ["netns", "pids", ns], TimeSpan.FromSeconds(10));
            foreach (var pid in pids.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                if (int.TryParse(pid.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int id))
                    try { Process.GetProcessById(id).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
            await ChildProcess.RunAsync("ip", ["netns", "del", ns], TimeSpan.FromSeconds(10));
        }
    }
}
