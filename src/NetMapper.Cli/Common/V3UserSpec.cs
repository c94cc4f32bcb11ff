using NetMapper.Snmp;

namespace NetMapper.Cli.Common;

/// <summary>
/// Parses <c>NAME:AUTHPROTO:AUTHKEY:PRIVPROTO:PRIVKEY</c> (<c>none</c> for no auth or no privacy; keys may be <c>env:VAR</c>).
/// </summary>
internal static class V3UserSpec
{
    public const string Syntax = "NAME:AUTHPROTO:AUTHKEY:PRIVPROTO:PRIVKEY";

    public static UsmCredentials Parse(string spec)
    {
        // env:VAR keys contain a colon; rejoin them before splitting fields.
        var parts = new List<string>();
        foreach (var piece in spec.Split(':'))
        {
            if (parts.Count > 0 && parts[^1] == "env") parts[^1] = "env:" + piece;
            else parts.Add(piece);
        }
        string Shown() => parts.Count > 0 ? $"'{parts[0]}:...'" : "''";
        try
        {
            switch (parts.Count)
            {
                case 1 or 2 when parts.Count == 1 || parts[1].Equals("none", StringComparison.OrdinalIgnoreCase):
                    return new UsmCredentials(parts[0]);
                case 3:
                    return AuthOnly(parts);
                case 4 when parts[3].Equals("none", StringComparison.OrdinalIgnoreCase):
                    return AuthOnly(parts);
                case 5:
                    var auth = ProtocolNames.ParseAuth(parts[1]);
                    var priv = ProtocolNames.ParsePriv(parts[3]);
                    var authKey = auth == AuthProtocol.None ? default : Key(parts, 2);
                    var privKey = priv == PrivProtocol.None ? default : Key(parts, 4);
                    return new UsmCredentials(parts[0], auth, authKey, priv, privKey);
                default:
                    throw new UsageException($"--v3-user {Shown()}: expected {Syntax}");
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new UsageException($"--v3-user {Shown()}: {e.Message}");
        }
    }

    private static UsmCredentials AuthOnly(List<string> parts) =>
        new(parts[0], ProtocolNames.ParseAuth(parts[1]), Key(parts, 2));

    /// <summary>The key in field <paramref name="index"/> (a pass phrase, env:VAR or prompt), for the user in field 0.</summary>
    private static Secret Key(List<string> parts, int index) => SecretInput.Resolve(parts[index], $"--v3-user {parts[0]}");
}
