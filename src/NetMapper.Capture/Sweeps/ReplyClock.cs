using System.Diagnostics;

namespace NetMapper.Capture.Sweeps;

/// <summary>
/// The replies of a sweep round as they come: when the last one came and how long they took, to tell when a round has gone
/// quiet. Replies are recorded from the receiving thread while the sending thread waits.
/// </summary>
internal sealed class ReplyClock
{
    private readonly Lock _gate = new();
    private readonly List<double> _rttMs = [];
    private long _lastReply = Stopwatch.GetTimestamp();

    public void Record(double rttMs)
    {
        lock (_gate) _rttMs.Add(rttMs);
        Interlocked.Exchange(ref _lastReply, Stopwatch.GetTimestamp());
    }

    /// <summary>How long a round waits after the last reply: at least <paramref name="floor"/>, or four times the 90th percentile
    /// round trip. Slow responders (a switch CPU answering for its SVIs) get their time, while one reply delayed by a
    /// scheduling hiccup does not stretch every round.</summary>
    public TimeSpan Quiet(TimeSpan floor)
    {
        double p90;
        lock (_gate)
        {
            if (_rttMs.Count == 0) return floor;
            _rttMs.Sort();
            p90 = _rttMs[(int)(0.9 * (_rttMs.Count - 1))];
        }
        return TimeSpan.FromMilliseconds(Math.Max(floor.TotalMilliseconds, 4 * p90));
    }

    /// <summary>
    /// Waits after a round until everything answered, replies stopped for the quiet period, or <paramref name="longest"/> passed.
    /// </summary>
    public async Task WaitForQuietAsync(TimeSpan floor, TimeSpan longest, Func<bool> allAnswered, CancellationToken cancellationToken)
    {
        var quiet = Quiet(floor);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < longest && !allAnswered() && !cancellationToken.IsCancellationRequested)
        {
            long waitedTicks = waited.Elapsed.Ticks;
            long sinceLastReplyTicks = Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastReply)).Ticks;
            var quietFor = TimeSpan.FromTicks(Math.Min(waitedTicks, sinceLastReplyTicks));
            if (quietFor >= quiet) break;
            await Task.Delay(2, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
