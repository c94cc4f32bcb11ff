namespace NetMapper.Cli.Common;

/// <summary>Bad input on the command line: reported as one line naming the input, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
