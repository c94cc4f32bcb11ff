using System.Security.Cryptography;

namespace NetMapper.Credentials;

/// <summary>AES-256-GCM over the store's payload, with the envelope's header as associated data.</summary>
internal static class StoreCipher
{
    private const int NonceBytes = 12, TagBytes = 16;

    public static StoreEnvelope Seal(StoreKey key, byte[] payload)
    {
        var header = StoreEnvelope.HeaderFor(key);
        // A random 96-bit nonce per write: a store is written a handful of times per key, far from GCM's limits.
        byte[] nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[payload.Length];
        var tag = new byte[TagBytes];
        using var aes = new AesGcm(key.Bytes, TagBytes);
        aes.Encrypt(nonce, payload, ciphertext, tag, header.AssociatedData());
        return new StoreEnvelope
        {
            Format = header.Format, Version = header.Version, Protection = header.Protection, Kdf = header.Kdf,
            WrappedKey = header.WrappedKey, Cipher = header.Cipher, Nonce = Convert.ToBase64String(nonce),
            Ciphertext = Convert.ToBase64String(ciphertext), Tag = Convert.ToBase64String(tag),
        };
    }

    public static byte[] Open(StoreEnvelope envelope, StoreKey key, string path)
    {
        byte[] nonce = StoreFile.FromBase64(envelope.Nonce, path);
        byte[] ciphertext = StoreFile.FromBase64(envelope.Ciphertext, path);
        byte[] tag = StoreFile.FromBase64(envelope.Tag, path);
        if (nonce.Length != NonceBytes || tag.Length != TagBytes) throw StoreFile.Damaged(path);
        var payload = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key.Bytes, TagBytes);
            aes.Decrypt(nonce, ciphertext, tag, payload, envelope.AssociatedData());
            return payload;
        }
        catch (CryptographicException e)
        {
            throw StoreFile.Damaged(path, e);
        }
    }
}
