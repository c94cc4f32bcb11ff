using NetMapper.Snmp;

namespace NetMapper.Credentials;

/// <summary>One named credential of the store: a v1/v2c community or an SNMPv3 user with its pass phrases.</summary>
public sealed record StoredCredential(CredentialName Name, SnmpCredentials Credentials)
{
    /// <summary>"v1", "v2c" or "v3", as the store file and <c>credentials list</c> spell it.</summary>
    public string Kind => Credentials.Version switch
    {
        SnmpVersion.V1 => "v1",
        SnmpVersion.V2c => "v2c",
        _ => "v3",
    };

    /// <summary>What may be shown: "user netops, SHA-256, AES" for v3, "community" otherwise; never a secret.</summary>
    public string Detail => Credentials is UsmCredentials user
        ? $"user {user.UserName}, {ProtocolNames.Name(user.Auth)}, {ProtocolNames.Name(user.Priv)}"
        : "community";
}
