namespace NetMapper.Credentials;

/// <summary>Why the credential store could not do what was asked.</summary>
public enum CredentialStoreFailure
{
    /// <summary>The store file does not exist.</summary>
    Missing,
    /// <summary>The file is not a NetMapper credential store.</summary>
    NotAStore,
    /// <summary>A newer NetMapper wrote it.</summary>
    NewerFormat,
    /// <summary>The key does not open it, or its bytes were changed: authenticated encryption cannot tell which.</summary>
    WrongKeyOrDamaged,
    /// <summary>The store is protected in a way this machine cannot unlock (Windows data protection elsewhere).</summary>
    Unavailable,
    /// <summary>A name, protocol or secret given is not valid.</summary>
    InvalidInput,
    /// <summary>No credential of that name is in the store.</summary>
    NoSuchCredential,
    /// <summary>A credential of that name is already in the store.</summary>
    AlreadyExists,
    /// <summary>The file or its folder cannot be read or written.</summary>
    Unwritable,
}

/// <summary>The one exception family of the credential store. Its messages name the file and never hold a secret.</summary>
public sealed class CredentialStoreException(CredentialStoreFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public CredentialStoreFailure Failure { get; } = failure;
}
