namespace NetMapper.Discovery.Collectors;

/// <summary>How one stage of polling a device ended. The poll's status comes from these, not from counting problems.</summary>
public enum StageOutcome
{
    /// <summary>The stage read what the device has; an empty table is an answer too.</summary>
    Done,
    /// <summary>The device does not offer what the stage asks for (no LLDP-MIB, no per-VLAN bridge contexts): nothing
    /// the device could have told is missing, so the poll is not partial for it.</summary>
    NotSupported,
    /// <summary>The device failed to answer something it has: the poll is partial.</summary>
    Failed,
    /// <summary>The device stopped answering in this stage (silent for its whole budget); the stages after it did not run.</summary>
    TimedOut,
}

/// <summary>A stage's outcome and what went wrong, in words without the stage's name (the poller puts it in front).</summary>
public sealed record StageResult(StageOutcome Outcome, IReadOnlyList<string> Problems)
{
    public static StageResult Done { get; } = new(StageOutcome.Done, []);

    public static StageResult NotSupported(params IReadOnlyList<string> problems) => new(StageOutcome.NotSupported, problems);

    public static StageResult Failed(string problem) => new(StageOutcome.Failed, [problem]);

    public static StageResult TimedOut(string problem) => new(StageOutcome.TimedOut, [problem]);
}
