using System.Security.Cryptography;
using NetMapper.Snmp;

namespace NetMapper.Credentials;

/// <summary>
/// SNMP credentials for unattended runs, encrypted in a file of their own, apart from the scan database (see
/// <see cref="StoreEnvelope"/> for the format). Opened whole with one key; changes are written whole by <see cref="Save"/>.
/// </summary>
public sealed class CredentialStore : IDisposable
{
    private readonly StoreKey key;
    private readonly List<StoredCredential> credentials;

    private CredentialStore(string path, StoreKey key, List<StoredCredential> credentials)
    {
        Path = path;
        this.key = key;
        this.credentials = credentials;
    }

    public string Path { get; }
    public StoreProtection Protection => key.Protection;
    public IReadOnlyList<StoredCredential> Credentials => credentials;

    /// <summary>A new, empty store; nothing is written until <see cref="Save"/>.</summary>
    /// <param name="kdf">Argon2id parameters; the recommended ones unless a test needs cheaper.</param>
    public static CredentialStore Create(string path, StoreProtection protection, Func<Secret> passphrase,
        Argon2idParameters? kdf = null)
    {
        if (File.Exists(path))
            throw new CredentialStoreException(CredentialStoreFailure.AlreadyExists, $"credential store '{path}' already exists");
        var key = protection == StoreProtection.Passphrase
            ? StoreKey.FromPassphrase(passphrase(), kdf ?? Argon2idParameters.Recommended())
            : StoreKey.NewForWindowsUser(path);
        return new CredentialStore(path, key, []);
    }

    /// <param name="passphrase">Asked only when the store is protected by a passphrase.</param>
    public static CredentialStore Open(string path, Func<Secret> passphrase)
    {
        var envelope = StoreEnvelope.Parse(StoreFile.Read(path), path);
        var key = envelope.ProtectionKind(path) == StoreProtection.Passphrase
            ? StoreKey.FromPassphrase(passphrase(), envelope.KdfParameters(path))
            : StoreKey.FromWindowsUser(StoreFile.FromBase64(envelope.WrappedKey ?? "", path), path);
        try
        {
            byte[] payload = StoreCipher.Open(envelope, key, path);
            try { return new CredentialStore(path, key, StorePayload.Read(payload, path)); }
            finally { CryptographicOperations.ZeroMemory(payload); }
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public StoredCredential Get(CredentialName name) =>
        credentials.FirstOrDefault(c => c.Name == name) ?? throw new CredentialStoreException(
            CredentialStoreFailure.NoSuchCredential, $"credential store '{Path}' has no credential '{name}'");

    /// <param name="replace">Replace a credential of the same name (a changed pass phrase) instead of refusing.</param>
    public void Add(StoredCredential credential, bool replace)
    {
        int index = credentials.FindIndex(c => c.Name == credential.Name);
        if (index >= 0 && !replace)
            throw new CredentialStoreException(CredentialStoreFailure.AlreadyExists,
                $"credential store '{Path}' already has '{credential.Name}'; give --replace to change it");
        if (index >= 0) credentials[index] = credential;
        else credentials.Add(credential);
    }

    public void Remove(CredentialName name) => credentials.Remove(Get(name));

    /// <summary>Encrypts the credentials under the same key with a fresh nonce and replaces the file whole.</summary>
    public void Save()
    {
        byte[] payload = StorePayload.Write(credentials);
        try { StoreFile.Write(Path, StoreCipher.Seal(key, payload).ToJson()); }
        finally { CryptographicOperations.ZeroMemory(payload); }
    }

    public void Dispose() => key.Dispose();
}
