namespace NetMapper.Snmp;

/// <summary>Protocol names as engineers type them (net-snmp's spellings and a few common ones).</summary>
public static class ProtocolNames
{
    private static readonly Dictionary<string, AuthProtocol> Auth = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = AuthProtocol.None,
        ["md5"] = AuthProtocol.Md5,
        ["sha"] = AuthProtocol.Sha1, ["sha1"] = AuthProtocol.Sha1, ["sha-1"] = AuthProtocol.Sha1,
        ["sha224"] = AuthProtocol.Sha224, ["sha-224"] = AuthProtocol.Sha224,
        ["sha256"] = AuthProtocol.Sha256, ["sha-256"] = AuthProtocol.Sha256,
        ["sha384"] = AuthProtocol.Sha384, ["sha-384"] = AuthProtocol.Sha384,
        ["sha512"] = AuthProtocol.Sha512, ["sha-512"] = AuthProtocol.Sha512,
    };

    private static readonly Dictionary<string, PrivProtocol> Priv = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = PrivProtocol.None,
        ["des"] = PrivProtocol.Des,
        ["aes"] = PrivProtocol.Aes128, ["aes128"] = PrivProtocol.Aes128, ["aes-128"] = PrivProtocol.Aes128,
        ["aes192"] = PrivProtocol.Aes192, ["aes-192"] = PrivProtocol.Aes192,
        ["aes256"] = PrivProtocol.Aes256, ["aes-256"] = PrivProtocol.Aes256,
        ["aes192c"] = PrivProtocol.Aes192Cisco, ["aes-192-c"] = PrivProtocol.Aes192Cisco,
        ["aes256c"] = PrivProtocol.Aes256Cisco, ["aes-256-c"] = PrivProtocol.Aes256Cisco,
    };

    public static AuthProtocol ParseAuth(string name) => Auth.TryGetValue(name.Trim(), out var p) ? p
        : throw new FormatException($"unknown authentication protocol '{name}' (use none, MD5, SHA, SHA-224, SHA-256, SHA-384 or SHA-512)");

    public static PrivProtocol ParsePriv(string name) => Priv.TryGetValue(name.Trim(), out var p) ? p
        : throw new FormatException($"unknown privacy protocol '{name}' (use none, DES, AES, AES-192, AES-256, AES-192-C or AES-256-C)");

    public static string Name(AuthProtocol protocol) => protocol switch
    {
        AuthProtocol.Md5 => "MD5",
        AuthProtocol.Sha1 => "SHA",
        AuthProtocol.Sha224 => "SHA-224",
        AuthProtocol.Sha256 => "SHA-256",
        AuthProtocol.Sha384 => "SHA-384",
        AuthProtocol.Sha512 => "SHA-512",
        _ => "none",
    };

    public static string Name(PrivProtocol protocol) => protocol switch
    {
        PrivProtocol.Des => "DES",
        PrivProtocol.Aes128 => "AES",
        PrivProtocol.Aes192 => "AES-192",
        PrivProtocol.Aes256 => "AES-256",
        PrivProtocol.Aes192Cisco => "AES-192-C",
        PrivProtocol.Aes256Cisco => "AES-256-C",
        _ => "none",
    };
}
