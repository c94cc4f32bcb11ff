using System.Security.Cryptography;
using NetMapper.Snmp.Ber;

namespace NetMapper.Snmp.Security;

/// <summary>Applies and checks USM protection on whole messages; shared by the client and the agent.</summary>
internal static class UsmProcessor
{
    /// <summary>Encrypts (if the keys have privacy), encodes and signs (if they have authentication).</summary>
    public static byte[] Seal(
        int messageId, int maxSize, V3Flags extraFlags, byte[] engineId, int boots, int time, UsmKeys keys, ScopedPdu scoped)
    {
        byte[]? encrypted = null;
        byte[] privParams = [];
        if (keys.Priv != PrivProtocol.None)
            (encrypted, privParams) = PrivacyCipher.Encrypt(keys.Priv, keys.PrivKey, boots, time, MessageCodec.EncodeScopedPdu(scoped));

        var usm = new UsmParameters(engineId, boots, time, keys.UserName, new byte[keys.Auth.MacLength()], privParams);
        var message = new V3Message(messageId, maxSize, keys.Flags | extraFlags, V3Message.UsmSecurityModel, usm,
            encrypted is null ? scoped : null, encrypted);
        var packet = MessageCodec.Encode(message, out int authOffset);
        if (keys.Auth != AuthProtocol.None)
            keys.Auth.Hmac(keys.AuthKey, packet).AsSpan(0, keys.Auth.MacLength()).CopyTo(packet.AsSpan(authOffset));
        return packet;
    }

    /// <summary>Checks the digest of a received packet. The field is zeroed in a copy, as RFC 3414 6.3.2 computes it.</summary>
    public static bool VerifyDigest(ReadOnlySpan<byte> packet, DecodedMessage decoded, UsmKeys keys)
    {
        int macLength = keys.Auth.MacLength();
        if (decoded.AuthParamsLength != macLength) return false;
        var copy = packet.ToArray();
        var received = copy.AsSpan(decoded.AuthParamsOffset, macLength).ToArray();
        copy.AsSpan(decoded.AuthParamsOffset, macLength).Clear();
        var expected = keys.Auth.Hmac(keys.AuthKey, copy).AsSpan(0, macLength);
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }

    /// <summary>The scoped PDU of a message, decrypting it when needed; null when decryption fails.</summary>
    public static ScopedPdu? Open(V3Message message, UsmKeys keys)
    {
        if (message.ScopedPdu is not null) return message.ScopedPdu;
        if (keys.Priv == PrivProtocol.None || message.EncryptedPdu is null) return null;
        var plain = PrivacyCipher.Decrypt(keys.Priv, keys.PrivKey, message.Usm.EngineBoots, message.Usm.EngineTime,
            message.Usm.PrivacyParameters, message.EncryptedPdu);
        if (plain is null) return null;
        try { return MessageCodec.DecodeScopedPdu(plain); }
        catch (SnmpDecodeException) { return null; }
    }
}
