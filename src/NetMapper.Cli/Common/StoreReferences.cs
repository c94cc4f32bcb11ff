using NetMapper.Cli.Credentials;
using NetMapper.Credentials;
using NetMapper.Snmp;

namespace NetMapper.Cli.Common;

/// <summary>
/// <c>store:NAME</c> in place of a credential (in scan.yaml, <c>--community</c>, <c>--v3-user</c>): taken from the
/// encrypted credential store, which is opened once, on the first reference, so a run without one asks for no key.
/// </summary>
internal sealed class StoreReferences(string? storePath) : IDisposable
{
    public const string Prefix = "store:";
    private CredentialStore? store;

    public static bool IsReference(string? text) => text?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <param name="where">The option or file the reference came from, for errors ("--community", "scan.yaml").</param>
    public SnmpCredentials Resolve(string reference, string where)
    {
        string text = reference[Prefix.Length..];
        if (!CredentialName.TryParse(text, out var name))
            throw new UsageException($"{where} '{reference}': '{text}' is not a credential name (letters, digits, '.', '-', '_')");
        store ??= StoreAccess.Open(StoreAccess.PathOf(storePath));
        return store.Get(name).Credentials;
    }

    /// <summary>A reference given where a community belongs: an SNMPv3 user there would be a mistake in the command.</summary>
    public SnmpCredentials ResolveCommunity(string reference) => Resolve(reference, "--community") is CommunityCredentials c ? c
        : throw new UsageException($"--community '{reference}' names an SNMPv3 user: give it as --v3-user {reference}");

    public SnmpCredentials ResolveUser(string reference) => Resolve(reference, "--v3-user") is UsmCredentials u ? u
        : throw new UsageException($"--v3-user '{reference}' names a community: give it as --community {reference}");

    public void Dispose() => store?.Dispose();
}
