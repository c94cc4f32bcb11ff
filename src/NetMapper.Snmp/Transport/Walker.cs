namespace NetMapper.Snmp.Transport;

/// <summary>
/// One subtree walk. GETBULK max-repetitions adapts: it doubles while whole answers come back, halves on tooBig, and
/// falls back to the largest size the agent has answered whole (a quarter when none) when a larger request times out:
/// weak agents drop replies they cannot build in time. A size once refused becomes the ceiling for the rest of the walk.
/// A timeout at a size the agent has answered is loss, not size: the request waits out the agent's silence limit, so a
/// slow walk resumes from the last OID received instead of ending. Out-of-order OIDs are handled by <see cref="WalkRows"/>.
/// </summary>
internal sealed class Walker(SnmpClient client, SnmpTarget target, Oid root, WalkOptions options)
{
    private readonly WalkRows _rows = new(root, options.MaxRows);
    private readonly AgentState _agent = client.AgentFor(target.EndPoint);
    private readonly bool _bulk = target.Credentials.Version != SnmpVersion.V1 && !options.UseGetNext;
    private int _requests;
    private int _answered;
    private bool _shrunkUnanswered; // a silent agent gets one smaller try, not a ladder of them: each costs a full timeout

    public async Task<WalkResult> RunAsync(CancellationToken cancellationToken)
    {
        int ceiling = options.MaxRepetitionsCeiling;
        int repetitions = Math.Clamp(options.MaxRepetitions, 1, ceiling);
        while (true)
        {
            Pdu response;
            bool mayShrink = MayShrink(repetitions);
            // Patience only where a timeout cannot mean "too large": otherwise shrink first, after the user's tries.
            var asked = mayShrink ? target with { Patience = TimeSpan.Zero } : target;
            try
            {
                _requests++;
                response = _bulk
                    ? await client.GetBulkAsync(asked, 0, repetitions, [_rows.Cursor], cancellationToken).ConfigureAwait(false)
                    : await client.GetNextAsync(asked, [_rows.Cursor], cancellationToken).ConfigureAwait(false);
            }
            catch (SnmpException e) when (e.Failure == SnmpFailure.Timeout && mayShrink)
            {
                _shrunkUnanswered |= _answered == 0;
                repetitions = ceiling = Math.Max(Math.Max(1, _agent.ProvenRepetitions), repetitions / 4);
                continue;
            }
            catch (SnmpException e)
            {
                return Result(WalkEnd.Failed, e);
            }

            _answered++;
            if (response.ErrorStatus == ErrorStatus.TooBig && _bulk && repetitions > 1)
            {
                repetitions = ceiling = Math.Max(1, repetitions / 2);
                continue;
            }
            if (response.ErrorStatus == ErrorStatus.NoSuchName && !_bulk) return Result(WalkEnd.EndOfMibView);
            if (response.ErrorStatus != ErrorStatus.NoError)
                return Result(WalkEnd.Failed, new SnmpException(SnmpFailure.ErrorStatus,
                    $"{target.EndPoint} answered {response.ErrorStatus} (index {response.ErrorIndex}) walking {root.ToNumericString()}")
                { ErrorStatus = response.ErrorStatus, ErrorIndex = response.ErrorIndex });
            if (response.Varbinds.Count == 0) return Result(WalkEnd.EndOfMibView);
            if (_bulk && response.Varbinds.Count == repetitions) _agent.OnWholeBulk(repetitions);

            var kept = new List<Varbind>(response.Varbinds.Count);
            var end = _rows.Take(response.Varbinds, kept);
            if (kept.Count > 0) options.OnRows?.Invoke(kept);
            if (end is not null) return Result(end.Value);

            // Grow while whole answers come back, but never past a size the agent has already refused.
            if (_bulk && response.Varbinds.Count == repetitions && repetitions < ceiling)
                repetitions = Math.Min(ceiling, repetitions * 2);
        }
    }

    /// <summary>Whether a timeout at this size may be the size's fault: larger than any the agent has answered whole, and
    /// the agent either has answered before (smaller after every timeout) or has not had its one smaller try yet.</summary>
    private bool MayShrink(int repetitions) =>
        _bulk && repetitions > 1 && repetitions > _agent.ProvenRepetitions
        && (_answered > 0 || client.HasAnswered(target) || !_shrunkUnanswered);

    private WalkResult Result(WalkEnd end, SnmpException? error = null) =>
        new(root, _rows.ToArray(), end, _requests, error) { OutOfOrder = _rows.OutOfOrder };
}
