namespace NetMapper.Snmp.Transport;

/// <summary>
/// One subtree walk. GETBULK max-repetitions adapts: it doubles while whole answers come back, halves on
/// tooBig, and quarters when a large request times out (weak agents drop replies they cannot build in time);
/// a size once refused becomes the ceiling for the rest of the walk.
/// </summary>
internal sealed class Walker(SnmpClient client, SnmpTarget target, Oid root, WalkOptions options)
{
    private readonly List<Varbind> _rows = [];
    private int _requests;
    private int _answered;
    private bool _shrunkUnanswered; // a silent agent gets one smaller try, not a ladder of them: each costs a full timeout

    public async Task<WalkResult> RunAsync(CancellationToken cancellationToken)
    {
        bool bulk = target.Credentials.Version != SnmpVersion.V1 && !options.UseGetNext;
        int ceiling = options.MaxRepetitionsCeiling;
        int repetitions = Math.Clamp(options.MaxRepetitions, 1, ceiling);
        var cursor = root;
        while (true)
        {
            Pdu response;
            try
            {
                _requests++;
                response = bulk
                    ? await client.GetBulkAsync(target, 0, repetitions, [cursor], cancellationToken).ConfigureAwait(false)
                    : await client.GetNextAsync(target, [cursor], cancellationToken).ConfigureAwait(false);
            }
            catch (SnmpException e) when (e.Failure == SnmpFailure.Timeout && bulk && repetitions > 1 && MayShrinkAfterTimeout)
            {
                _shrunkUnanswered |= _answered == 0;
                repetitions = ceiling = Math.Max(1, repetitions / 4);
                continue;
            }
            catch (SnmpException e)
            {
                return Result(WalkEnd.Failed, e);
            }

            _answered++;
            if (response.ErrorStatus == ErrorStatus.TooBig && bulk && repetitions > 1)
            {
                repetitions = ceiling = Math.Max(1, repetitions / 2);
                continue;
            }
            if (response.ErrorStatus == ErrorStatus.NoSuchName && !bulk) return Result(WalkEnd.EndOfMibView);
            if (response.ErrorStatus != ErrorStatus.NoError)
                return Result(WalkEnd.Failed, new SnmpException(SnmpFailure.ErrorStatus,
                    $"{target.EndPoint} answered {response.ErrorStatus} (index {response.ErrorIndex}) walking {root.ToNumericString()}")
                { ErrorStatus = response.ErrorStatus, ErrorIndex = response.ErrorIndex });
            if (response.Varbinds.Count == 0) return Result(WalkEnd.EndOfMibView);

            foreach (var vb in response.Varbinds)
            {
                if (vb.Value.Type == SnmpType.EndOfMibView) return Result(WalkEnd.EndOfMibView);
                if (!vb.Oid.StartsWith(root) || vb.Oid == root && vb.Value.IsException) return Result(WalkEnd.EndOfSubtree);
                if (vb.Oid <= cursor) return Result(WalkEnd.NonIncreasingOid);
                if (vb.Value.IsException) return Result(WalkEnd.EndOfMibView);
                _rows.Add(vb);
                cursor = vb.Oid;
                if (_rows.Count >= options.MaxRows) return Result(WalkEnd.RowLimit);
            }

            // Grow while whole answers come back, but never past a size the agent has already refused.
            if (bulk && response.Varbinds.Count == repetitions && repetitions < ceiling)
                repetitions = Math.Min(ceiling, repetitions * 2);
        }
    }

    // An agent that has answered before gets smaller requests after every timeout; one that never has gets a single one.
    private bool MayShrinkAfterTimeout => _answered > 0 || !_shrunkUnanswered;

    private WalkResult Result(WalkEnd end, SnmpException? error = null) => new(root, _rows.ToArray(), end, _requests, error);
}
