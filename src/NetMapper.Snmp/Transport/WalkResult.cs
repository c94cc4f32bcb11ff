namespace NetMapper.Snmp;

/// <summary>How a walk ended.</summary>
public enum WalkEnd
{
    /// <summary>The agent returned an OID past the subtree.</summary>
    EndOfSubtree,
    /// <summary>endOfMibView (v2c/v3) or noSuchName (v1): nothing after the last OID.</summary>
    EndOfMibView,
    /// <summary>The agent returned an OID not greater than the previous one; the walk stopped instead of looping.</summary>
    NonIncreasingOid,
    /// <summary>A request failed (see <see cref="WalkResult.Error"/>); the varbinds are what came before.</summary>
    Failed,
    /// <summary>The row limit of <see cref="WalkOptions.MaxRows"/> was reached.</summary>
    RowLimit,
}

public sealed record WalkOptions
{
    /// <summary>Starting max-repetitions of GETBULK; grows while answers come back whole, shrinks on tooBig and timeouts.</summary>
    public int MaxRepetitions { get; init; } = 25;
    public int MaxRepetitionsCeiling { get; init; } = 200;
    /// <summary>Use GETNEXT even on v2c/v3 (for agents whose GETBULK is broken).</summary>
    public bool UseGetNext { get; init; }
    public int MaxRows { get; init; } = 2_000_000;
}

/// <summary>The rows of a subtree in OID order, how the walk ended, and how many requests it took.</summary>
public sealed record WalkResult(Oid Root, IReadOnlyList<Varbind> Varbinds, WalkEnd End, int Requests, SnmpException? Error = null)
{
    public bool Succeeded => End is WalkEnd.EndOfSubtree or WalkEnd.EndOfMibView;

    /// <summary>What went wrong, in one line, or null.</summary>
    public string? Problem => End switch
    {
        WalkEnd.Failed => Error?.Message,
        WalkEnd.NonIncreasingOid => $"the agent returned OIDs out of order after {LastInOrder.ToNumericString()}; walk stopped",
        WalkEnd.RowLimit => $"stopped after {Varbinds.Count} rows",
        _ => null,
    };

    /// <summary>The last OID the walk accepted, or the root when it accepted none.</summary>
    private Oid LastInOrder => Varbinds.Count > 0 ? Varbinds[^1].Oid : Root;
}
