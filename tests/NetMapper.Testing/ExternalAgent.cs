using System.Diagnostics;
using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;

namespace NetMapper.Testing;

/// <summary>An SNMP agent run as a child process on 127.0.0.1 (Debian's snmpd, snmpsim), with the temporary
/// folder it works in; disposing stops that process by its PID and removes the folder.</summary>
public abstract class ExternalAgent : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ChildProcess _process;

    protected ExternalAgent(string directory, ChildProcess process, IPEndPoint endPoint)
    {
        _directory = directory;
        _process = process;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>The agent's process, for tests that stall it (<see cref="ProcessStalls"/>).</summary>
    public int ProcessId => _process.Pid;
    public string Address => $"{EndPoint.Address}:{EndPoint.Port}";
    protected string WorkDirectory => _directory;

    /// <summary>
    /// Polls with <paramref name="probe"/> until the agent answers, the process dies, or <paramref name="limit"/> passes.
    /// </summary>
    protected async Task WaitUntilAnsweringAsync(SnmpCredentials probe, Oid oid, TimeSpan limit, Func<string> diagnostics)
    {
        await using var client = new SnmpClient();
        var target = new SnmpTarget(EndPoint, probe) { Timeout = TimeSpan.FromMilliseconds(300), Retries = 0 };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{GetType().Name} exited: {_process.Stderr} {diagnostics()}");
            try { await client.GetAsync(target, [oid]); return; }
            catch (SnmpException) { await Task.Delay(100); }
        }
        throw new InvalidOperationException(
            $"{GetType().Name} did not answer on {EndPoint} within {limit.TotalSeconds} s: {_process.Stderr} {diagnostics()}");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
