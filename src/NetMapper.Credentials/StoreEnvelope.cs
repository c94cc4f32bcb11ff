using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NetMapper.Storage;

namespace NetMapper.Credentials;

/// <summary>
/// The store file, version 1: a JSON envelope whose header says how to get the key back (Argon2id parameters and
/// salt, or the DPAPI-wrapped key) and whose payload is AES-256-GCM ciphertext with a fresh 96-bit nonce per write.
/// The header is the cipher's associated data (<see cref="AssociatedData"/>), so a changed parameter fails like a
/// wrong key. Nothing in the file is secret; names and secrets are all inside the ciphertext.
/// </summary>
internal sealed class StoreEnvelope
{
    public const string FormatName = "netmapper-credentials", CipherName = "aes-256-gcm", KdfName = "argon2id";
    public const int CurrentVersion = 1, Argon2Version = 0x13;
    private const string PassphraseName = "passphrase", WindowsUserName = "windows-dpapi-user";

    public string Format { get; init; } = "";
    public int Version { get; init; }
    public string Protection { get; init; } = "";
    public KdfHeader? Kdf { get; init; }
    /// <summary>Windows stores: the random data key as DPAPI (current user) wrapped it, base64.</summary>
    public string? WrappedKey { get; init; }
    public string Cipher { get; init; } = "";
    public string Nonce { get; init; } = "";
    public string Ciphertext { get; init; } = "";
    public string Tag { get; init; } = "";

    internal sealed class KdfHeader
    {
        public string Algorithm { get; init; } = "";
        public int Argon2Version { get; init; }
        public int MemoryKiB { get; init; }
        public int Iterations { get; init; }
        public int Parallelism { get; init; }
        public string Salt { get; init; } = "";
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Base64 as written ('+' not "\u002B"): nothing in the envelope is HTML, and people read this file.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CredentialsJson.Default.KeepingInitializers(),
    };

    private static JsonTypeInfo<StoreEnvelope> Info => (JsonTypeInfo<StoreEnvelope>)Json.GetTypeInfo(typeof(StoreEnvelope));

    /// <summary>The header for a key, before the payload is sealed.</summary>
    public static StoreEnvelope HeaderFor(StoreKey key) => new()
    {
        Format = FormatName,
        Version = CurrentVersion,
        Protection = key.Protection == StoreProtection.Passphrase ? PassphraseName : WindowsUserName,
        Kdf = key.Kdf is { } kdf ? new KdfHeader
        {
            Algorithm = KdfName, Argon2Version = Argon2Version, MemoryKiB = kdf.MemoryKiB, Iterations = kdf.Iterations,
            Parallelism = kdf.Parallelism, Salt = Convert.ToBase64String(kdf.Salt),
        } : null,
        WrappedKey = key.WrappedKey is { } wrapped ? Convert.ToBase64String(wrapped) : null,
        Cipher = CipherName,
    };

    /// <summary>Every header field that decides how the file is read, joined with '|' in a fixed order.</summary>
    public byte[] AssociatedData()
    {
        string protection = Kdf is { } k
            ? string.Create(CultureInfo.InvariantCulture,
                $"{k.Algorithm}|{k.Argon2Version}|{k.MemoryKiB}|{k.Iterations}|{k.Parallelism}|{k.Salt}")
            : WrappedKey ?? "";
        return System.Text.Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Format}|{Version}|{Protection}|{protection}|{Cipher}"));
    }

    public StoreProtection ProtectionKind(string path) => Protection switch
    {
        PassphraseName => StoreProtection.Passphrase,
        WindowsUserName => StoreProtection.WindowsUser,
        _ => throw StoreFile.Damaged(path),
    };

    /// <summary>The Argon2id parameters of a passphrase store, refused as damage when no Argon2id would take them.</summary>
    public Argon2idParameters KdfParameters(string path)
    {
        if (Kdf is not { Algorithm: KdfName, Argon2Version: Argon2Version } k) throw StoreFile.Damaged(path);
        var parameters = new Argon2idParameters(k.MemoryKiB, k.Iterations, k.Parallelism, StoreFile.FromBase64(k.Salt, path));
        return parameters.IsPlausible ? parameters : throw StoreFile.Damaged(path);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Info);

    public static StoreEnvelope Parse(string text, string path)
    {
        StoreEnvelope? envelope;
        try { envelope = JsonSerializer.Deserialize(text, Info); }
        catch (JsonException e)
        {
            throw new CredentialStoreException(CredentialStoreFailure.NotAStore,
                $"'{path}' is not a NetMapper credential store (not JSON); it was left untouched", e);
        }
        if (envelope?.Format != FormatName)
            throw new CredentialStoreException(CredentialStoreFailure.NotAStore,
                $"'{path}' is not a NetMapper credential store; it was left untouched");
        if (envelope.Version > CurrentVersion)
            throw new CredentialStoreException(CredentialStoreFailure.NewerFormat,
                $"credential store '{path}' was written by a newer NetMapper (format {envelope.Version}); "
                + $"this version reads format {CurrentVersion}. Upgrade NetMapper to open it.");
        if (envelope.Version < 1 || envelope.Cipher != CipherName) throw StoreFile.Damaged(path);
        return envelope;
    }
}
