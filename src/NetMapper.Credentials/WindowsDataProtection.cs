using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace NetMapper.Credentials;

/// <summary>
/// The store's random key wrapped by Windows data protection (DPAPI, current user scope): the Windows account that
/// created the store can open it without a passphrase; no other account, and no other machine, can.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsDataProtection
{
    // Ties the wrapped key to NetMapper's stores: another program's DPAPI blob cannot be passed off as one.
    private static readonly byte[] Purpose = "netmapper-credentials-v1"u8.ToArray();

    public static byte[] Wrap(byte[] key) => ProtectedData.Protect(key, Purpose, DataProtectionScope.CurrentUser);

    public static byte[] Unwrap(byte[] wrapped, string path)
    {
        try { return ProtectedData.Unprotect(wrapped, Purpose, DataProtectionScope.CurrentUser); }
        catch (CryptographicException e)
        {
            throw new CredentialStoreException(CredentialStoreFailure.WrongKeyOrDamaged,
                $"credential store '{path}': wrong key or damaged file (it opens only for the Windows user who created it)", e);
        }
    }
}
