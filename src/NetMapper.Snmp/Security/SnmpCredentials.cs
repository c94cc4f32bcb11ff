namespace NetMapper.Snmp;

/// <summary>How to talk to an agent. Records print their secrets as "***".</summary>
public abstract record SnmpCredentials
{
    public abstract SnmpVersion Version { get; }
}

/// <summary>SNMPv1 or SNMPv2c with a community.</summary>
public sealed record CommunityCredentials : SnmpCredentials
{
    public CommunityCredentials(SnmpVersion version, Secret community)
    {
        if (version == SnmpVersion.V3) throw new ArgumentException("SNMPv3 uses UsmCredentials, not a community", nameof(version));
        Version = version;
        Community = community;
    }

    public override SnmpVersion Version { get; }
    public Secret Community { get; }

    public static CommunityCredentials V2c(string community) => new(SnmpVersion.V2c, new Secret(community));
    public static CommunityCredentials V1(string community) => new(SnmpVersion.V1, new Secret(community));
}

public enum SecurityLevel
{
    NoAuthNoPriv,
    AuthNoPriv,
    AuthPriv,
}

/// <summary>An SNMPv3 USM user with its pass phrases.</summary>
public sealed record UsmCredentials : SnmpCredentials
{
    public UsmCredentials(string userName, AuthProtocol auth = AuthProtocol.None, Secret authPassword = default,
        PrivProtocol priv = PrivProtocol.None, Secret privPassword = default)
    {
        if (string.IsNullOrEmpty(userName)) throw new ArgumentException("an SNMPv3 user name is required", nameof(userName));
        if (auth != AuthProtocol.None && authPassword.IsEmpty)
            throw new ArgumentException($"user {userName}: {auth} needs an authentication pass phrase");
        if (priv != PrivProtocol.None && auth == AuthProtocol.None)
            throw new ArgumentException($"user {userName}: privacy needs authentication");
        if (priv != PrivProtocol.None && privPassword.IsEmpty)
            throw new ArgumentException($"user {userName}: {priv} needs a privacy pass phrase");
        UserName = userName;
        Auth = auth;
        AuthPassword = authPassword;
        Priv = priv;
        PrivPassword = privPassword;
    }

    public override SnmpVersion Version => SnmpVersion.V3;
    public string UserName { get; }
    public AuthProtocol Auth { get; }
    public Secret AuthPassword { get; }
    public PrivProtocol Priv { get; }
    public Secret PrivPassword { get; }

    public SecurityLevel Level => (Auth, Priv) switch
    {
        (AuthProtocol.None, _) => SecurityLevel.NoAuthNoPriv,
        (_, PrivProtocol.None) => SecurityLevel.AuthNoPriv,
        _ => SecurityLevel.AuthPriv,
    };
}
