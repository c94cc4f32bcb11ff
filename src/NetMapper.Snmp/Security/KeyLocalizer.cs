namespace NetMapper.Snmp.Security;

/// <summary>RFC 3414 A.2 pass phrase to key, key localisation, and the two AES key extensions.</summary>
internal static class KeyLocalizer
{
    private const int ExpansionLength = 1_048_576;

    /// <summary>Ku: the hash of the pass phrase repeated to 1 MiB.</summary>
    public static byte[] PasswordToKey(AuthProtocol protocol, ReadOnlySpan<byte> password)
    {
        if (password.IsEmpty) throw new ArgumentException("an empty pass phrase cannot make a key");
        var chunk = new byte[64 * 64];
        for (int i = 0; i < chunk.Length; i++) chunk[i] = password[i % password.Length];
        using var incremental = protocol.Incremental();
        if (incremental is null)
        {
            var all = new byte[ExpansionLength];
            for (int i = 0; i < all.Length; i++) all[i] = password[i % password.Length];
            return protocol.Hash(all);
        }
        // The pattern repeats every password.Length octets; a chunk whose length is a multiple of it keeps the phase.
        int period = chunk.Length - chunk.Length % password.Length;
        int done = 0;
        while (done + period <= ExpansionLength) { incremental.AppendData(chunk, 0, period); done += period; }
        incremental.AppendData(chunk, 0, ExpansionLength - done);
        return incremental.GetHashAndReset();
    }

    /// <summary>Kul = H(Ku || engineID || Ku).</summary>
    public static byte[] Localize(AuthProtocol protocol, ReadOnlySpan<byte> ku, ReadOnlySpan<byte> engineId)
    {
        var buffer = new byte[ku.Length * 2 + engineId.Length];
        ku.CopyTo(buffer);
        engineId.CopyTo(buffer.AsSpan(ku.Length));
        ku.CopyTo(buffer.AsSpan(ku.Length + engineId.Length));
        return protocol.Hash(buffer);
    }

    /// <summary>
    /// The privacy key for <paramref name="priv"/> from the privacy pass phrase's Ku: the localized key, extended when the
    /// cipher needs more octets than the hash gives.
    /// </summary>
    public static byte[] PrivacyKey(AuthProtocol auth, PrivProtocol priv, ReadOnlySpan<byte> privKu, ReadOnlySpan<byte> engineId)
    {
        var kul = Localize(auth, privKu, engineId);
        int needed = priv.KeyLength();
        if (kul.Length >= needed) return kul[..needed];
        return priv.UsesReederExtension() ? ExtendReeder(auth, kul, engineId, needed) : ExtendBlumenthal(auth, kul, needed);
    }

    /// <summary>Blumenthal: append H(key so far) until long enough.</summary>
    public static byte[] ExtendBlumenthal(AuthProtocol auth, byte[] kul, int needed)
    {
        var key = new List<byte>(kul);
        while (key.Count < needed) key.AddRange(auth.Hash(key.ToArray()));
        return key.GetRange(0, needed).ToArray();
    }

    /// <summary>Reeder: append the localized key made by using the key so far as a pass phrase.</summary>
    public static byte[] ExtendReeder(AuthProtocol auth, byte[] kul, ReadOnlySpan<byte> engineId, int needed)
    {
        var key = new List<byte>(kul);
        var last = kul;
        while (key.Count < needed)
        {
            last = Localize(auth, PasswordToKey(auth, last), engineId);
            key.AddRange(last);
        }
        return key.GetRange(0, needed).ToArray();
    }
}
