using System.Collections.Concurrent;
using System.Text;

namespace NetMapper.Snmp.Security;

/// <summary>A user's keys localized to one authoritative engine.</summary>
internal sealed record UsmKeys(byte[] UserName, AuthProtocol Auth, byte[] AuthKey, PrivProtocol Priv, byte[] PrivKey)
{
    public V3Flags Flags => (Auth != AuthProtocol.None ? V3Flags.Auth : 0) | (Priv != PrivProtocol.None ? V3Flags.Priv : 0);

    /// <summary>No protection: discovery and unauthenticated Reports.</summary>
    public static UsmKeys None(byte[] userName) => new(userName, AuthProtocol.None, [], PrivProtocol.None, []);
}

/// <summary>Derives and caches keys. Pass phrase to key hashes a mebibyte, so it runs once per pass phrase;
/// localisation to each engine is one more hash, cached per engine.</summary>
internal sealed class UsmKeyCache
{
    private readonly ConcurrentDictionary<(AuthProtocol, string), byte[]> _ku = new();
    private readonly ConcurrentDictionary<(UsmCredentials, string), UsmKeys> _localized = new();

    public UsmKeys For(UsmCredentials credentials, byte[] engineId) =>
        _localized.GetOrAdd((credentials, Convert.ToHexString(engineId)), key => Localize(key.Item1, engineId));

    private UsmKeys Localize(UsmCredentials c, byte[] engineId)
    {
        var user = Encoding.UTF8.GetBytes(c.UserName);
        if (c.Auth == AuthProtocol.None) return UsmKeys.None(user);
        var authKey = KeyLocalizer.Localize(c.Auth, Ku(c.Auth, c.AuthPassword), engineId);
        var privKey = c.Priv == PrivProtocol.None ? [] : KeyLocalizer.PrivacyKey(c.Auth, c.Priv, Ku(c.Auth, c.PrivPassword), engineId);
        return new UsmKeys(user, c.Auth, authKey, c.Priv, privKey);
    }

    private byte[] Ku(AuthProtocol auth, Secret password) =>
        _ku.GetOrAdd((auth, password.Reveal()), key => KeyLocalizer.PasswordToKey(key.Item1, Encoding.UTF8.GetBytes(key.Item2)));
}
