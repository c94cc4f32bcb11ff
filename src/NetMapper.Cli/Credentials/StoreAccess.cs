using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Credentials;

namespace NetMapper.Cli.Credentials;

/// <summary>Which credential store a command uses (<c>--store</c>, else the default beside the user's configuration),
/// and opening it with its key.</summary>
internal static class StoreAccess
{
    public static Option<string?> StoreOption(string name = "--store") => new(name)
    {
        Description = "credential store file (default: ~/.config/netmapper/credentials.json, on Windows %APPDATA%\\NetMapper\\)",
    };

    /// <summary>The scan database whose audit log records changes to the store, as it records scans.</summary>
    public static Option<string> AuditDbOption() => new("--db")
    {
        Description = "scan database whose audit log records the change", DefaultValueFactory = _ => "netmapper.db",
    };

    public static string PathOf(string? given) => given ?? StoreLocation.Default();

    /// <summary>An existing store; a missing one is named with the command that creates it.</summary>
    public static CredentialStore Open(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new UsageException($"credential store '{path}' does not exist (create it with "
                + $"'{SelfCommand.Name} credentials add NAME --store {path}')");
        return CredentialStore.Open(path, () => StoreKeySource.ForExisting(path));
    }
}
