namespace NetMapper.Snmp;

/// <summary>How a walk ended.</summary>
public enum WalkEnd
{
    /// <summary>The agent returned an OID past the subtree.</summary>
    EndOfSubtree,
    /// <summary>endOfMibView (v2c/v3) or noSuchName (v1): nothing after the last OID.</summary>
    EndOfMibView,
    /// <summary>The agent kept returning OIDs already walked (it would loop); the walk stopped with all it had returned.</summary>
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

    /// <summary>Called with the rows each answer adds, in the order they came, so that a caller can print a long walk
    /// while it goes on; the result still holds all rows, in OID order.</summary>
    public Action<IReadOnlyList<Varbind>>? OnRows { get; init; }
}

/// <summary>The rows of a subtree in OID order, how the walk ended, and how many requests it took.</summary>
public sealed record WalkResult(Oid Root, IReadOnlyList<Varbind> Varbinds, WalkEnd End, int Requests, SnmpException? Error = null)
{
    /// <summary>The problem text of an agent that answers OIDs out of order (the rows are all kept).</summary>
    public const string OutOfOrderProblem = "agent returns OIDs out of order";

    /// <summary>True when the agent returned some OID not greater than one before it; such rows are kept if new.</summary>
    public bool OutOfOrder { get; init; }

    /// <summary>The agent had nothing more to give: every row it returned is here.</summary>
    public bool Succeeded => End is WalkEnd.EndOfSubtree or WalkEnd.EndOfMibView or WalkEnd.NonIncreasingOid;

    /// <summary>What went wrong, in one line, or null.</summary>
    public string? Problem => End switch
    {
        WalkEnd.Failed => Error?.Message,
        WalkEnd.RowLimit => $"stopped after {Varbinds.Count} rows",
        _ when OutOfOrder || End == WalkEnd.NonIncreasingOid => OutOfOrderProblem,
        _ => null,
    };
}
