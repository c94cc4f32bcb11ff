using System.Diagnostics;

namespace NetMapper.Capture.Sweeps;

/// <summary>Keeps a round of probes at or under a rate: checked every 64 probes, since sleeping per probe is too coarse.</summary>
internal sealed class ProbePacer(int ratePerSecond)
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private int _sent;

    public async ValueTask SentOneAsync(CancellationToken cancellationToken)
    {
        if (++_sent % 64 != 0) return;
        var ahead = TimeSpan.FromSeconds((double)_sent / ratePerSecond) - _elapsed.Elapsed;
        if (ahead > TimeSpan.FromMilliseconds(1)) await Task.Delay(ahead, cancellationToken).ConfigureAwait(false);
    }
}
