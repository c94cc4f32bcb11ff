namespace NetMapper.Application;

/// <summary>Why a job could not run, for reasons of its own (the libraries' exception families pass through untouched).</summary>
public enum JobFailure
{
    /// <summary>Another run holds what this one would write (a refresh of the same database).</summary>
    Busy,
}

/// <summary>The one exception family of the application layer: names what could not be done and why.</summary>
public sealed class JobException(JobFailure failure, string message) : Exception(message)
{
    public JobFailure Failure { get; } = failure;
}
