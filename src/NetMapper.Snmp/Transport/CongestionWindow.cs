namespace NetMapper.Snmp.Transport;

/// <summary>
/// A limit on requests in flight that follows the answers, as TCP's congestion window does: it halves when a try is
/// lost (once per round of sends, however many of that round are lost) and grows back as answers come, by one per
/// answer up to half the old size, then by one per window of answers, never past the user's ceiling.
/// </summary>
internal sealed class CongestionWindow
{
    private readonly Lock _gate = new();
    private readonly LinkedList<TaskCompletionSource> _waiting = [];
    private readonly int _floor, _ceiling;
    private double _window, _threshold;
    private int _inFlight, _reductions;

    public CongestionWindow(int ceiling, int floor = 1)
    {
        _ceiling = Math.Max(1, ceiling);
        _floor = Math.Clamp(floor, 1, _ceiling);
        _window = _threshold = _ceiling;
    }

    /// <summary>Requests that may be in flight now.</summary>
    public int Limit
    {
        get { lock (_gate) return LimitNow; }
    }

    /// <summary>Marks the sends of one round: a loss reduces the window only if its try left after the last reduction.</summary>
    public int Round
    {
        get { lock (_gate) return _reductions; }
    }

    private int LimitNow => Math.Max(_floor, (int)_window);

    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource> node;
        lock (_gate)
        {
            if (_inFlight < LimitNow && _waiting.Count == 0)
            {
                _inFlight++;
                return;
            }
            node = _waiting.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        using (cancellationToken.Register(() => Abandon(node)))
            await node.Value.Task.ConfigureAwait(false);
    }

    public void Leave()
    {
        lock (_gate)
        {
            _inFlight--;
            WakeWaiting();
        }
    }

    public void OnAnswer()
    {
        lock (_gate)
        {
            _window = Math.Min(_ceiling, _window < _threshold ? _window + 1 : _window + 1 / _window);
            WakeWaiting();
        }
    }

    /// <param name="round">The <see cref="Round"/> read when the lost try was sent.</param>
    public void OnLoss(int round)
    {
        lock (_gate)
        {
            if (round != _reductions) return;
            _reductions++;
            _threshold = Math.Max(_floor, Math.Min(_window, _inFlight) / 2);
            _window = _threshold;
        }
    }

    private void WakeWaiting()
    {
        while (_waiting.First is { } first && _inFlight < LimitNow)
        {
            _waiting.RemoveFirst();
            _inFlight++;
            first.Value.TrySetResult();
        }
    }

    private void Abandon(LinkedListNode<TaskCompletionSource> node)
    {
        lock (_gate)
        {
            if (node.List is null) return; // already admitted: the caller leaves as usual
            _waiting.Remove(node);
        }
        node.Value.TrySetCanceled();
    }
}
