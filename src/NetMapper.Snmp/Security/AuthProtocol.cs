using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace NetMapper.Snmp;

/// <summary>USM authentication protocols: RFC 3414 (MD5, SHA-1) and RFC 7860 (SHA-2).</summary>
public enum AuthProtocol
{
    None,
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

internal static class AuthAlgorithms
{
    /// <summary>Octets of msgAuthenticationParameters: the truncated HMAC.</summary>
    public static int MacLength(this AuthProtocol protocol) => protocol switch
    {
        AuthProtocol.Md5 or AuthProtocol.Sha1 => 12,
        AuthProtocol.Sha224 => 16,
        AuthProtocol.Sha256 => 24,
        AuthProtocol.Sha384 => 32,
        AuthProtocol.Sha512 => 48,
        _ => 0,
    };

    public static byte[] Hash(this AuthProtocol protocol, ReadOnlySpan<byte> data) => protocol switch
    {
        AuthProtocol.Md5 => MD5.HashData(data),
        AuthProtocol.Sha1 => SHA1.HashData(data),
        AuthProtocol.Sha224 => Sha224(data),
        AuthProtocol.Sha256 => SHA256.HashData(data),
        AuthProtocol.Sha384 => SHA384.HashData(data),
        AuthProtocol.Sha512 => SHA512.HashData(data),
        _ => throw new InvalidOperationException("no hash without an authentication protocol"),
    };

    public static IncrementalHash? Incremental(this AuthProtocol protocol) => protocol switch
    {
        AuthProtocol.Md5 => IncrementalHash.CreateHash(HashAlgorithmName.MD5),
        AuthProtocol.Sha1 => IncrementalHash.CreateHash(HashAlgorithmName.SHA1),
        AuthProtocol.Sha256 => IncrementalHash.CreateHash(HashAlgorithmName.SHA256),
        AuthProtocol.Sha384 => IncrementalHash.CreateHash(HashAlgorithmName.SHA384),
        AuthProtocol.Sha512 => IncrementalHash.CreateHash(HashAlgorithmName.SHA512),
        _ => null,
    };

    public static byte[] Hmac(this AuthProtocol protocol, byte[] key, ReadOnlySpan<byte> data) => protocol switch
    {
        AuthProtocol.Md5 => HMACMD5.HashData(key, data),
        AuthProtocol.Sha1 => HMACSHA1.HashData(key, data),
        AuthProtocol.Sha224 => HmacSha224(key, data),
        AuthProtocol.Sha256 => HMACSHA256.HashData(key, data),
        AuthProtocol.Sha384 => HMACSHA384.HashData(key, data),
        AuthProtocol.Sha512 => HMACSHA512.HashData(key, data),
        _ => throw new InvalidOperationException("no HMAC without an authentication protocol"),
    };

    private static byte[] Sha224(ReadOnlySpan<byte> data)
    {
        var digest = new Sha224Digest();
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output);
        return output;
    }

    private static byte[] HmacSha224(byte[] key, ReadOnlySpan<byte> data)
    {
        var mac = new HMac(new Sha224Digest());
        mac.Init(new KeyParameter(key));
        mac.BlockUpdate(data);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output);
        return output;
    }
}
