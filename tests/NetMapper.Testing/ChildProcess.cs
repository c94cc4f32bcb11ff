using System.Diagnostics;
using System.Text;

namespace NetMapper.Testing;

/// <summary>Runs the Debian tools the tests compare against. A long-running child is stopped by its own PID only.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new(), _stderr = new();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }
    /// <summary>The child's standard input, for a program that reads secrets from it.</summary>
    public StreamWriter Stdin => _process.StandardInput;

    /// <summary>Waits for the child to end (killed at the timeout) and returns its exit code, its output read whole.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"{_process.StartInfo.FileName} did not finish within {timeout}"); }
        _process.WaitForExit(); // drain the asynchronous readers
        return _process.ExitCode;
    }

    public static ChildProcess Start(string file, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}"));
    }

    /// <summary>Runs to the end (killed at the timeout) and returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await using var child = Start(file, arguments);
        using var cts = new CancellationTokenSource(timeout);
        try { await child._process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"{file} did not finish within {timeout}"); }
        child._process.WaitForExit(); // drain the asynchronous readers
        return (child._process.ExitCode, child.Stdout, child.Stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: false); } catch (InvalidOperationException) { }
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
