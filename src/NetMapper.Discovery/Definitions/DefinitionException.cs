namespace NetMapper.Discovery.Definitions;

/// <summary>Why device definitions could not be used.</summary>
public enum DefinitionFailure
{
    /// <summary>A definitions file does not exist or cannot be read.</summary>
    FileUnreadable,
    /// <summary>A definitions file breaks the format: every problem is listed with file, line and field.</summary>
    InvalidDefinitions,
}

/// <summary>The exception family of device definitions. Messages name the file, line and field.</summary>
public sealed class DefinitionException : Exception
{
    public DefinitionException(DefinitionFailure failure, string message, IReadOnlyList<string>? problems = null)
        : base(message) => (Failure, Problems) = (failure, problems ?? []);

    public DefinitionFailure Failure { get; }

    /// <summary>Each problem on its own line ("site.yaml:12: definitions[3].model[0].get: ...").</summary>
    public IReadOnlyList<string> Problems { get; }
}
