using System.CommandLine;
using NetMapper.Storage;

namespace NetMapper.Cli.Common;

/// <summary>
/// Writes what a command did to the database's audit log: OS user, host, the command line with every secret masked,
/// and the outcome. Only commands that write the database anyway record themselves: reading never changes a file.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Options whose value can be a secret; "env:VAR", "store:NAME" and "prompt" are references, kept as written.</summary>
    private static readonly HashSet<string> SecretOptions = new(StringComparer.Ordinal) { "--community", "-c", "-A", "-X", "--v3-user" };

    public static void Record(string db, ParseResult result, int exitCode, int? scan)
    {
        var entry = new AuditEntry(DateTimeOffset.UtcNow, Environment.UserName, Environment.MachineName, CommandLine(result),
            Outcome(exitCode)) { Scan = scan };
        using var store = ScanStore.Open(db);
        store.Record(entry);
    }

    /// <summary>"netmapper scan --community *** --v3-user netops:***", from the parsed tokens.</summary>
    public static string CommandLine(ParseResult result)
    {
        var words = new List<string> { "netmapper" };
        string? previous = null;
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            words.Add(previous is not null && SecretOptions.Contains(previous) ? Mask(previous, token) : token);
            previous = token;
        }
        return string.Join(' ', words);
    }

    private static string Mask(string option, string value)
    {
        if (value.StartsWith("env:", StringComparison.Ordinal) || StoreReferences.IsReference(value) || value == "prompt") return value;
        // NAME:AUTH:KEY:PRIV:KEY keeps the user name and protocols, never a key written in clear.
        if (option == "--v3-user") return value.Split(':')[0] + ":***";
        return "***";
    }

    private static string Outcome(int exitCode) => exitCode switch
    {
        ExitCodes.Ok => "ok",
        ExitCodes.Interrupted => "interrupted",
        _ => $"failed (exit {exitCode})",
    };
}
