namespace NetMapper.Storage;

/// <summary>
/// One administrative action on a scan database (Art. 9, 11): who (OS user), from which host, when, what (the command
/// line with secrets masked) and how it ended. Entries are numbered and chained like scans, so a gap or an edit shows.
/// </summary>
public sealed record AuditEntry(DateTimeOffset Time, string User, string Host, string Command, string Outcome)
{
    public int Sequence { get; init; }
    /// <summary>The scan the action wrote, where it wrote one.</summary>
    public int? Scan { get; init; }
}
