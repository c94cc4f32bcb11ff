namespace NetMapper.Cli.Common;

/// <summary>The command-line layer's exception family: what the CLI itself finds wrong before calling the others.</summary>
internal abstract class CliException(string message) : Exception(message)
{
    public abstract int ExitCode { get; }
}

/// <summary>Bad input on the command line: reported as one line naming the input, exit code 2.</summary>
internal sealed class UsageException(string message) : CliException(message)
{
    public override int ExitCode => ExitCodes.Usage;
}

/// <summary>This machine cannot do what was asked (an unwritable folder, a missing tool): exit code 3.</summary>
internal sealed class EnvironmentException(string message) : CliException(message)
{
    public override int ExitCode => ExitCodes.Environment;
}
