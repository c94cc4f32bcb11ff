using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Credentials;
using NetMapper.Snmp;

namespace NetMapper.Cli.Credentials;

/// <summary>
/// <c>netmapper credentials add NAME</c>: a v1/v2c community or an SNMPv3 user into the encrypted store, its secrets
/// typed or piped (<c>--secret-stdin</c>), never on the command line. The store is created on first use.
/// </summary>
internal static class CredentialsAddCommand
{
    private static readonly string[] Kinds = ["v1", "v2c", "v3"];

    public static Command Build()
    {
        var command = new Command("add", "Store a community or an SNMPv3 user under a name (secrets are typed or piped)");
        var name = new Argument<string>("NAME") { Description = "the name scan.yaml refers to as store:NAME" };
        var kind = new Option<string>("--kind") { Description = "v1, v2c or v3", DefaultValueFactory = _ => "v2c" };
        var user = new Option<string?>("--user") { Description = "SNMPv3 user name (--kind v3)" };
        var auth = new Option<string>("--auth") { Description = "none, MD5, SHA, SHA-224 ... SHA-512", DefaultValueFactory = _ => "none" };
        var priv = new Option<string>("--priv") { Description = "none, DES, AES, AES-192, AES-256, AES-192-C, AES-256-C",
            DefaultValueFactory = _ => "none" };
        var stdin = new Option<bool>("--secret-stdin")
        {
            Description = "read the secrets from standard input, one per line (community; or auth, then priv pass phrase)",
        };
        var replace = new Option<bool>("--replace") { Description = "replace a credential of the same name" };
        var protection = new Option<string?>("--protection") { Description = "for a new store: passphrase (default) or windows" };
        var (store, db) = (StoreAccess.StoreOption(), StoreAccess.AuditDbOption());
        command.Arguments.Add(name);
        var options = new Option[] { kind, user, auth, priv, stdin, replace, protection, store, db };
        foreach (Option option in options) command.Options.Add(option);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var credentialName = CredentialName.Parse(result.GetValue(name)!);
            string chosenKind = Kinds.Contains(result.GetValue(kind)) ? result.GetValue(kind)!
                : throw new UsageException($"--kind '{result.GetValue(kind)}' must be v1, v2c or v3");
            var wanted = new Wanted(chosenKind, result.GetValue(user), Auth(result.GetValue(auth)!), Priv(result.GetValue(priv)!));
            wanted.Check();
            string path = StoreAccess.PathOf(result.GetValue(store));
            using var opened = OpenOrCreate(path, result.GetValue(protection));
            var secrets = new SecretSource(result.GetValue(stdin), credentialName.Value);
            var stored = new StoredCredential(credentialName, wanted.Build(secrets));
            bool existed = opened.Credentials.Any(c => c.Name == credentialName);
            opened.Add(stored, result.GetValue(replace));
            opened.Save();
            AuditTrail.Record(result.GetValue(db)!, result, ExitCodes.Ok, null);
            string verb = existed ? "replaced in" : "added to";
            await output.WriteLineAsync($"credential '{credentialName}' ({stored.Kind}: {stored.Detail}) {verb} {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static CredentialStore OpenOrCreate(string path, string? protection)
    {
        var wanted = protection switch
        {
            null or "passphrase" => StoreProtection.Passphrase,
            "windows" when OperatingSystem.IsWindows() => StoreProtection.WindowsUser,
            "windows" => throw new UsageException("--protection windows uses Windows data protection (DPAPI): only on Windows"),
            _ => throw new UsageException($"--protection '{protection}' must be passphrase or windows"),
        };
        if (!File.Exists(path)) return CredentialStore.Create(path, wanted, () => StoreKeySource.ForNew(path));
        var store = StoreAccess.Open(path);
        if (protection is null || store.Protection == wanted) return store;
        store.Dispose();
        throw new UsageException($"--protection {protection}: credential store '{path}' exists with another protection");
    }

    private static AuthProtocol Auth(string text)
    {
        try { return ProtocolNames.ParseAuth(text); }
        catch (FormatException e) { throw new UsageException($"--auth: {e.Message}"); }
    }

    private static PrivProtocol Priv(string text)
    {
        try { return ProtocolNames.ParsePriv(text); }
        catch (FormatException e) { throw new UsageException($"--priv: {e.Message}"); }
    }

    /// <summary>What the options ask for, checked before any secret is asked for.</summary>
    private sealed record Wanted(string Kind, string? User, AuthProtocol Auth, PrivProtocol Priv)
    {
        public void Check()
        {
            if (Kind == "v3" && string.IsNullOrEmpty(User)) throw new UsageException("--kind v3 needs --user NAME");
            if (Kind != "v3" && (User is not null || Auth != AuthProtocol.None || Priv != PrivProtocol.None))
                throw new UsageException($"--user, --auth and --priv are for --kind v3, not {Kind}");
            if (Priv != PrivProtocol.None && Auth == AuthProtocol.None)
                throw new UsageException($"--priv {ProtocolNames.Name(Priv)} needs --auth: SNMPv3 has no privacy without authentication");
        }

        public SnmpCredentials Build(SecretSource secrets) => Kind switch
        {
            "v1" => new CommunityCredentials(SnmpVersion.V1, secrets.Read("community")),
            "v2c" => new CommunityCredentials(SnmpVersion.V2c, secrets.Read("community")),
            _ => new UsmCredentials(User!, Auth, Auth == AuthProtocol.None ? default : secrets.Read("authentication pass phrase"),
                Priv, Priv == PrivProtocol.None ? default : secrets.Read("privacy pass phrase")),
        };
    }
}
