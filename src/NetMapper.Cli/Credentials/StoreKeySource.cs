using NetMapper.Cli.Common;
using NetMapper.Credentials;
using NetMapper.Snmp;

namespace NetMapper.Cli.Credentials;

/// <summary>
/// The passphrase that unlocks a credential store: from NETMAPPER_CREDENTIALS_KEY for unattended runs (cron, the Task
/// Scheduler), else typed at the terminal without echo. Never from the command line, where the process list shows it.
/// </summary>
internal static class StoreKeySource
{
    public const string Variable = "NETMAPPER_CREDENTIALS_KEY";
    public const int MinimumLength = 12;

    public static Secret ForExisting(string path) =>
        FromEnvironment() ?? Typed(path, $"key of credential store '{path}'");

    /// <summary>The passphrase of a new store: long enough, and typed twice when typed.</summary>
    public static Secret ForNew(string path)
    {
        var fromEnvironment = FromEnvironment();
        var key = fromEnvironment ?? Typed(path, $"new key for credential store '{path}'");
        string source = fromEnvironment is null ? "typed" : $"in {Variable}";
        if (key.Reveal().Length < MinimumLength)
            throw new UsageException($"credential store '{path}': the key {source} is too short; a new store needs at least "
                + $"{MinimumLength} characters");
        if (fromEnvironment is null && Typed(path, "the same key again") != key)
            throw new UsageException($"credential store '{path}': the two keys typed differ; nothing was written");
        return key;
    }

    private static Secret? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } key ? new Secret(key) : null;

    private static Secret Typed(string path, string what)
    {
        if (Console.IsInputRedirected)
            throw new UsageException($"credential store '{path}' is locked: set {Variable}, or run at a terminal to type its key");
        return SecretPrompt.Read(what);
    }
}
