namespace NetMapper.Credentials;

/// <summary>What protects the key that encrypts a store.</summary>
public enum StoreProtection
{
    /// <summary>A passphrase, through Argon2id: from an environment variable for unattended runs, or typed.</summary>
    Passphrase,
    /// <summary>Windows data protection (DPAPI) for the current Windows user: nothing to type, only that user can open it.</summary>
    WindowsUser,
}
