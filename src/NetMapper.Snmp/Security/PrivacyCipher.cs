using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NetMapper.Snmp.Security;

/// <summary>ScopedPDU encryption: DES-CBC (RFC 3414 8.1.1) and AES-CFB128 (RFC 3826).</summary>
internal static class PrivacyCipher
{
    private static long s_salt = RandomNumberGenerator.GetInt32(int.MaxValue) * 4096L;

    /// <summary>Encrypts; returns the ciphertext and msgPrivacyParameters (the salt).</summary>
    public static (byte[] Ciphertext, byte[] PrivParams) Encrypt(
        PrivProtocol priv, byte[] key, int engineBoots, int engineTime, byte[] plaintext)
    {
        long salt = Interlocked.Increment(ref s_salt);
        var saltBytes = new byte[8];
        if (priv == PrivProtocol.Des)
        {
            BinaryPrimitives.WriteInt32BigEndian(saltBytes, engineBoots);
            BinaryPrimitives.WriteInt32BigEndian(saltBytes.AsSpan(4), (int)salt);
            using var des = DES.Create();
            des.Key = key[..8];
            int padded = (plaintext.Length + 7) / 8 * 8;
            var input = new byte[padded];
            plaintext.CopyTo(input, 0);
            return (des.EncryptCbc(input, DesIv(key, saltBytes), PaddingMode.None), saltBytes);
        }

        BinaryPrimitives.WriteInt64BigEndian(saltBytes, salt);
        using var aes = Aes.Create();
        aes.Key = key;
        return (AesCfbStream(aes, AesIv(engineBoots, engineTime, saltBytes), plaintext, encrypt: true), saltBytes);
    }

    /// <summary>Decrypts; null when the ciphertext cannot be decrypted with these parameters.</summary>
    public static byte[]? Decrypt(PrivProtocol priv, byte[] key, int engineBoots, int engineTime, byte[] privParams, byte[] ciphertext)
    {
        if (privParams.Length != 8) return null;
        if (priv == PrivProtocol.Des)
        {
            if (ciphertext.Length == 0 || ciphertext.Length % 8 != 0) return null;
            using var des = DES.Create();
            des.Key = key[..8];
            return des.DecryptCbc(ciphertext, DesIv(key, privParams), PaddingMode.None);
        }
        using var aes = Aes.Create();
        aes.Key = key;
        return AesCfbStream(aes, AesIv(engineBoots, engineTime, privParams), ciphertext, encrypt: false);
    }

    private static byte[] DesIv(byte[] key, byte[] salt)
    {
        var iv = new byte[8];
        for (int i = 0; i < 8; i++) iv[i] = (byte)(key[8 + i] ^ salt[i]);
        return iv;
    }

    private static byte[] AesIv(int boots, int time, byte[] salt)
    {
        var iv = new byte[16];
        BinaryPrimitives.WriteInt32BigEndian(iv, boots);
        BinaryPrimitives.WriteInt32BigEndian(iv.AsSpan(4), time);
        salt.CopyTo(iv, 8);
        return iv;
    }

    /// <summary>SNMP's AES-CFB is a stream cipher; .NET's CFB wants whole blocks. CFB output for a prefix
    /// does not depend on what follows, so pad to a block, run, and cut back to the input length.</summary>
    private static byte[] AesCfbStream(Aes aes, byte[] iv, byte[] input, bool encrypt)
    {
        int padded = (input.Length + 15) / 16 * 16;
        var buffer = new byte[padded];
        input.CopyTo(buffer, 0);
        var output = encrypt
            ? aes.EncryptCfb(buffer, iv, PaddingMode.None, feedbackSizeInBits: 128)
            : aes.DecryptCfb(buffer, iv, PaddingMode.None, feedbackSizeInBits: 128);
        return output[..input.Length];
    }
}
