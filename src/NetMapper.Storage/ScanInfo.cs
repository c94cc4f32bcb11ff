namespace NetMapper.Storage;

public enum ScanStatus
{
    /// <summary>Being written now, or interrupted if no NetMapper is running it.</summary>
    Running,
    Complete,
    /// <summary>Stopped early (Ctrl-C, a limit): everything collected until then is kept.</summary>
    Incomplete,
    /// <summary>Nothing could be polled.</summary>
    Failed,
}

/// <summary>One scan's record: who ran it, when, with what scope and options (never secrets), and how it ended.</summary>
public sealed record ScanInfo
{
    public int Id { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string Operator { get; init; } = "";
    public string Machine { get; init; } = "";
    public string NetMapperVersion { get; init; } = "";
    public ScanStatus Status { get; init; }
    public IReadOnlyList<string> Seeds { get; init; } = [];
    public IReadOnlyList<string> Scope { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>Credentials by description only ("v3 netops AuthPriv", "v2c community #2").</summary>
    public IReadOnlyList<string> Credentials { get; init; } = [];
    public IReadOnlyList<string> Options { get; init; } = [];
    public int DevicesPolled { get; init; }
    public int DevicesFailed { get; init; }
    public int Devices { get; init; }
    public int Links { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>How polling one address ended, kept per scan.</summary>
public sealed record PollOutcome(string Address, string DeviceId, string Name, string Status, IReadOnlyList<string> Problems);
