using NetMapper.Snmp;

namespace NetMapper.Cli.Common;

/// <summary>Secrets on the command line may be written <c>env:VARNAME</c> so that they stay out of the process list and
/// shell history, or <c>prompt</c> to be typed at the terminal.</summary>
internal static class SecretInput
{
    public static Secret Resolve(string value, string what)
    {
        if (value == "prompt") return SecretPrompt.Read(what);
        if (!value.StartsWith("env:", StringComparison.Ordinal)) return new Secret(value);
        var name = value[4..];
        var fromEnvironment = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(fromEnvironment)) throw new UsageException($"{what}: environment variable '{name}' is not set");
        return new Secret(fromEnvironment);
    }
}
