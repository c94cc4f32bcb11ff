using System.Globalization;

namespace NetMapper.Testing;

/// <summary>
/// Stops and resumes one child process by its PID (SIGSTOP, SIGCONT) on a fixed cycle, as a switch whose CPU is
/// busy elsewhere stalls its agent: requests wait in the socket buffer and are answered late, all at once.
/// </summary>
public sealed class ProcessStalls : IAsyncDisposable
{
    private readonly string _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _cycle;

    private ProcessStalls(int pid, TimeSpan firstRun, TimeSpan run, TimeSpan stall)
    {
        _pid = pid.ToString(CultureInfo.InvariantCulture);
        _cycle = Task.Run(() => CycleAsync(firstRun, run, stall, _stop.Token));
    }

    /// <param name="firstRun">How long the process runs before its first stall (time to make first contact).</param>
    public static ProcessStalls Start(int pid, TimeSpan firstRun, TimeSpan run, TimeSpan stall) => new(pid, firstRun, run, stall);

    private async Task CycleAsync(TimeSpan firstRun, TimeSpan run, TimeSpan stall, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(firstRun, cancellationToken);
            while (true)
            {
                await SignalAsync("-STOP");
                await Task.Delay(stall, cancellationToken);
                await SignalAsync("-CONT");
                await Task.Delay(run, cancellationToken);
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task SignalAsync(string signal) => await ChildProcess.RunAsync("kill", [signal, _pid], TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _cycle;
        await SignalAsync("-CONT");
        _stop.Dispose();
    }
}
