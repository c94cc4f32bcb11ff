using System.Security.Cryptography;
using System.Text;
using NetMapper.Snmp;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace NetMapper.Credentials;

/// <summary>
/// How a passphrase becomes the store's 256-bit key: Argon2id (RFC 9106, version 0x13) over the passphrase's UTF-8
/// bytes (NFC), with a random salt. The parameters are written in the file, so a later NetMapper can raise them and
/// still open older stores.
/// </summary>
public sealed record Argon2idParameters(int MemoryKiB, int Iterations, int Parallelism, byte[] Salt)
{
    public const int KeyBytes = 32, SaltBytes = 16;
    // Ceilings for values read from a file: anything above is damage, not a setting (and would exhaust the machine).
    private const int MaxMemoryKiB = 4 * 1024 * 1024, MaxIterations = 64, MaxParallelism = 64, MaxSaltBytes = 64;

    /// <summary>RFC 9106 section 4, the second recommended option: t=3, 64 MiB, p=4, a 128-bit salt.</summary>
    public static Argon2idParameters Recommended() => new(64 * 1024, 3, 4, RandomNumberGenerator.GetBytes(SaltBytes));

    /// <summary>True when a file's values are ones Argon2id accepts and this machine can afford.</summary>
    public bool IsPlausible =>
        Parallelism is >= 1 and <= MaxParallelism && Iterations is >= 1 and <= MaxIterations
        && MemoryKiB >= 8 * Parallelism && MemoryKiB <= MaxMemoryKiB && Salt.Length is >= 8 and <= MaxSaltBytes;

    public byte[] Derive(Secret passphrase)
    {
        var settings = new Argon2Parameters.Builder(Argon2Parameters.Argon2id)
            .WithVersion(Argon2Parameters.Version13)
            .WithIterations(Iterations)
            .WithMemoryAsKB(MemoryKiB)
            .WithParallelism(Parallelism)
            .WithSalt(Salt)
            .Build();
        var generator = new Argon2BytesGenerator();
        generator.Init(settings);
        byte[] password = Encoding.UTF8.GetBytes(passphrase.Reveal().Normalize(NormalizationForm.FormC));
        var key = new byte[KeyBytes];
        try { generator.GenerateBytes(password, key); }
        finally { CryptographicOperations.ZeroMemory(password); }
        return key;
    }
}
