namespace NetMapper.Credentials;

/// <summary>
/// The name a credential is stored under and referenced by (<c>store:NAME</c>): 1 to 64 letters, digits, '.', '-' or
/// '_', starting with a letter or digit, so that it reads the same in YAML, on a command line and in the audit log.
/// </summary>
public readonly record struct CredentialName
{
    public const int MaxLength = 64;

    private CredentialName(string value) => Value = value;

    public string Value { get; }

    public static CredentialName Parse(string text) => TryParse(text, out var name) ? name
        : throw new CredentialStoreException(CredentialStoreFailure.InvalidInput,
            $"credential name '{text}' must be 1 to {MaxLength} letters, digits, '.', '-' or '_', starting with a letter or digit");

    public static bool TryParse(string text, out CredentialName name)
    {
        name = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !char.IsAsciiLetterOrDigit(text[0])) return false;
        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')) return false;
        name = new CredentialName(text);
        return true;
    }

    public override string ToString() => Value ?? "";
}
