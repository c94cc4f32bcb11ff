namespace NetMapper.Lifecycle;

/// <summary>Why lifecycle data could not be used.</summary>
public enum LifecycleFailure
{
    /// <summary>A catalog or import file does not exist or cannot be read.</summary>
    FileUnreadable,
    /// <summary>A catalog file breaks the format: every problem is listed with file, line and field.</summary>
    InvalidCatalog,
    /// <summary>An import source (Cisco EoX JSON, endoflife.date JSON, CSV) is not what it claims to be.</summary>
    InvalidImport,
    /// <summary>An option is out of range (a milestone name, a horizon).</summary>
    InvalidOption,
}

/// <summary>The one exception family of the lifecycle layer. Messages name the file and what is wrong.</summary>
public sealed class LifecycleException : Exception
{
    public LifecycleException(LifecycleFailure failure, string message, IReadOnlyList<string>? problems = null)
        : base(message) => (Failure, Problems) = (failure, problems ?? []);

    public LifecycleFailure Failure { get; }

    /// <summary>Each problem on its own line ("cisco.yaml:12: hardware[3].milestones.endOfSale: ...").</summary>
    public IReadOnlyList<string> Problems { get; }
}
