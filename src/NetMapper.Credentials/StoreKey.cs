using System.Security.Cryptography;
using NetMapper.Snmp;

namespace NetMapper.Credentials;

/// <summary>
/// The AES-256 key that seals a store, with what the file keeps to get it back: the Argon2id parameters and salt of a
/// passphrase store, or the DPAPI-wrapped key of a Windows store. Never written in clear; zeroed when disposed.
/// </summary>
internal sealed class StoreKey : IDisposable
{
    private StoreKey(byte[] bytes, StoreProtection protection, Argon2idParameters? kdf, byte[]? wrapped)
    {
        Bytes = bytes;
        Protection = protection;
        Kdf = kdf;
        WrappedKey = wrapped;
    }

    public byte[] Bytes { get; }
    public StoreProtection Protection { get; }
    public Argon2idParameters? Kdf { get; }
    public byte[]? WrappedKey { get; }

    public static StoreKey FromPassphrase(Secret passphrase, Argon2idParameters kdf) =>
        new(kdf.Derive(passphrase), StoreProtection.Passphrase, kdf, null);

    /// <summary>A fresh random key for a new Windows-protected store.</summary>
    public static StoreKey NewForWindowsUser(string path)
    {
        if (!OperatingSystem.IsWindows()) throw WindowsOnly(path);
        byte[] key = RandomNumberGenerator.GetBytes(Argon2idParameters.KeyBytes);
        return new StoreKey(key, StoreProtection.WindowsUser, null, WindowsDataProtection.Wrap(key));
    }

    public static StoreKey FromWindowsUser(byte[] wrapped, string path)
    {
        if (!OperatingSystem.IsWindows()) throw WindowsOnly(path);
        return new StoreKey(WindowsDataProtection.Unwrap(wrapped, path), StoreProtection.WindowsUser, null, wrapped);
    }

    private static CredentialStoreException WindowsOnly(string path) => new(CredentialStoreFailure.Unavailable,
        $"credential store '{path}' is protected by Windows data protection: it can be opened only on Windows");

    public void Dispose() => CryptographicOperations.ZeroMemory(Bytes);
}
