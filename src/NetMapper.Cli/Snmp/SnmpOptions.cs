using System.CommandLine;
using System.Globalization;
using NetMapper.Cli.Common;
using NetMapper.Snmp;

namespace NetMapper.Cli.Snmp;

/// <summary>The net-snmp-like options every <c>netmapper snmp</c> command takes, and how they become a target.</summary>
internal sealed class SnmpOptions
{
    public Option<string> Version { get; } = new("-v") { Description = "SNMP version: 1, 2c or 3", DefaultValueFactory = _ => "2c" };
    public Option<string> Community { get; } = new("-c")
    {
        Description = "community (v1/v2c); env:VAR reads it from the environment",
        DefaultValueFactory = _ => "public",
    };
    public Option<string?> User { get; } = new("-u") { Description = "SNMPv3 user name" };
    public Option<string?> Level { get; } = new("-l") { Description = "SNMPv3 security level: noAuthNoPriv, authNoPriv or authPriv" };
    public Option<string?> AuthProtocol { get; } = new("-a")
    {
        Description = "authentication protocol: MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512",
    };
    public Option<string?> AuthPassword { get; } = new("-A") { Description = "authentication pass phrase (or env:VAR)" };
    public Option<string?> PrivProtocol { get; } = new("-x")
    {
        Description = "privacy protocol: DES, AES, AES-192, AES-256, AES-192-C, AES-256-C",
    };
    public Option<string?> PrivPassword { get; } = new("-X") { Description = "privacy pass phrase (or env:VAR)" };
    public Option<string> Context { get; } = new("-n")
    {
        Description = "context: SNMPv3 contextName, or community@context for v1/v2c",
        DefaultValueFactory = _ => "",
    };
    public Option<int> Port { get; } = new("-p")
    {
        Description = "UDP port when the host does not name one",
        DefaultValueFactory = _ => 161,
    };
    public Option<double> Timeout { get; } = new("-t") { Description = "seconds to wait for each answer", DefaultValueFactory = _ => 1.0 };
    public Option<int> Retries { get; } = new("-r")
    {
        Description = "retransmissions after the first try",
        DefaultValueFactory = _ => 5,
    };
    public Option<bool> Json { get; } = new("--json") { Description = "print a JSON array of {oid, type, value}" };

    public void AddTo(Command command)
    {
        var options = new Option[]
        {
            Version, Community, User, Level, AuthProtocol, AuthPassword, PrivProtocol, PrivPassword,
            Context, Port, Timeout, Retries, Json,
        };
        foreach (Option option in options)
            command.Options.Add(option);
    }

    public async Task<SnmpTarget> TargetAsync(ParseResult result, string host, CancellationToken cancellationToken)
    {
        int port = result.GetValue(Port);
        if (port is <= 0 or > 65535) throw new UsageException($"-p {port}: not a port from 1 to 65535");
        double seconds = result.GetValue(Timeout);
        if (!(seconds > 0 && seconds <= 600))
        {
            var shown = seconds.ToString(CultureInfo.InvariantCulture);
            throw new UsageException($"-t {shown}: the timeout must be above 0 and at most 600 seconds");
        }
        int retries = result.GetValue(Retries);
        if (retries is < 0 or > 20) throw new UsageException($"-r {retries}: retries must be from 0 to 20");

        var endPoint = await EndpointParser.ResolveAsync(host, port, cancellationToken);
        return new SnmpTarget(endPoint, Credentials(result))
        {
            Timeout = TimeSpan.FromSeconds(seconds),
            Retries = retries,
            Context = result.GetValue(Context) ?? "",
        };
    }

    private SnmpCredentials Credentials(ParseResult result)
    {
        switch (result.GetValue(Version))
        {
            case "1": return new CommunityCredentials(SnmpVersion.V1, CommunitySecret(result));
            case "2c" or "2": return new CommunityCredentials(SnmpVersion.V2c, CommunitySecret(result));
            case "3": return UsmCredentials(result);
            case var other: throw new UsageException($"-v {other}: use 1, 2c or 3");
        }
    }

    private Secret CommunitySecret(ParseResult result) => SecretInput.Resolve(result.GetValue(Community) ?? "", "-c");

    private UsmCredentials UsmCredentials(ParseResult result)
    {
        var user = result.GetValue(User);
        if (string.IsNullOrEmpty(user)) throw new UsageException("-v 3 needs a user name (-u)");
        var authPassword = result.GetValue(AuthPassword);
        var privPassword = result.GetValue(PrivPassword);
        var level = result.GetValue(Level)?.ToUpperInvariant() switch
        {
            null => ImpliedLevel(authPassword, privPassword),
            "NOAUTHNOPRIV" or "NANP" => SecurityLevel.NoAuthNoPriv,
            "AUTHNOPRIV" or "ANP" => SecurityLevel.AuthNoPriv,
            "AUTHPRIV" or "AP" => SecurityLevel.AuthPriv,
            _ => throw new UsageException($"-l {result.GetValue(Level)}: use noAuthNoPriv, authNoPriv or authPriv"),
        };
        try
        {
            if (level == SecurityLevel.NoAuthNoPriv) return new UsmCredentials(user);
            var auth = ProtocolNames.ParseAuth(result.GetValue(AuthProtocol) ?? "SHA");
            if (auth == NetMapper.Snmp.AuthProtocol.None)
                throw new UsageException($"-l {level} needs an authentication protocol other than none (-a)");
            if (authPassword is null) throw new UsageException($"-l {level} needs an authentication pass phrase (-A)");
            var authSecret = SecretInput.Resolve(authPassword, "-A");
            if (level == SecurityLevel.AuthNoPriv) return new UsmCredentials(user, auth, authSecret);
            var priv = ProtocolNames.ParsePriv(result.GetValue(PrivProtocol) ?? "AES");
            if (priv == NetMapper.Snmp.PrivProtocol.None)
                throw new UsageException("-l authPriv needs a privacy protocol other than none (-x)");
            if (privPassword is null) throw new UsageException("-l authPriv needs a privacy pass phrase (-X)");
            var privSecret = SecretInput.Resolve(privPassword, "-X");
            return new UsmCredentials(user, auth, authSecret, priv, privSecret);
        }
        catch (FormatException e) { throw new UsageException(e.Message); }
    }

    /// <summary>Without -l, the pass phrases given say the level.</summary>
    private static SecurityLevel ImpliedLevel(string? authPassword, string? privPassword)
    {
        if (privPassword is not null) return SecurityLevel.AuthPriv;
        if (authPassword is not null) return SecurityLevel.AuthNoPriv;
        return SecurityLevel.NoAuthNoPriv;
    }
}
