namespace NetMapper.Snmp.Transport;

/// <summary>
/// One agent's retransmission timeout, as TCP computes it (RFC 6298): a smoothed round-trip time and its variation
/// from every answer, doubled on every loss until the next answer. Each try carries its own request id, so every answer
/// says which try it answers and gives a clean sample (no Karn ambiguity).
/// </summary>
internal sealed class RetransmissionTimer
{
    private readonly Lock _gate = new();
    private TimeSpan _smoothed, _variation, _timeout;
    private bool _measured;

    /// <summary>The current timeout, or null before the first answer (the caller then uses the user's timeout).</summary>
    public TimeSpan? Timeout
    {
        get { lock (_gate) return _measured ? _timeout : null; }
    }

    public void OnSample(TimeSpan roundTrip)
    {
        lock (_gate)
        {
            if (!_measured)
            {
                _smoothed = roundTrip;
                _variation = roundTrip / 2;
                _measured = true;
            }
            else
            {
                var error = (_smoothed - roundTrip).Duration();
                _variation = _variation * 3 / 4 + error / 4;
                _smoothed = _smoothed * 7 / 8 + roundTrip / 8;
            }
            _timeout = _smoothed + 4 * _variation;
        }
    }

    /// <summary>A try sent with <paramref name="usedTimeout"/> went unanswered: tries lost together double it once,
    /// not once each.</summary>
    public void OnLoss(TimeSpan usedTimeout, TimeSpan ceiling)
    {
        lock (_gate)
        {
            if (!_measured) return; // nothing measured: the user's fixed timeout applies
            var doubled = usedTimeout * 2;
            _timeout = TimeSpan.FromTicks(Math.Max(_timeout.Ticks, Math.Min(ceiling.Ticks, doubled.Ticks)));
        }
    }
}
