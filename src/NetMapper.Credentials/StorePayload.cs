using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NetMapper.Snmp;

namespace NetMapper.Credentials;

/// <summary>
/// What the ciphertext holds: <c>{"credentials": [{"name", "kind": "v1"|"v2c"|"v3", "community"} or {"name", "kind":
/// "v3", "user", "auth", "authKey", "priv", "privKey"}]}</c> in UTF-8 JSON. It exists in clear only in memory.
/// </summary>
internal static class StorePayload
{
    internal sealed record Document(List<Entry> Credentials);

    internal sealed record Entry(string Name, string Kind, string? Community = null, string? User = null,
        string? Auth = null, string? AuthKey = null, string? Priv = null, string? PrivKey = null);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = CredentialsJson.Default,
    };

    private static JsonTypeInfo<Document> Info => (JsonTypeInfo<Document>)Json.GetTypeInfo(typeof(Document));

    public static byte[] Write(IEnumerable<StoredCredential> credentials) =>
        JsonSerializer.SerializeToUtf8Bytes(new Document(credentials.Select(ToEntry).ToList()), Info);

    public static List<StoredCredential> Read(byte[] payload, string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize(payload, Info) ?? throw StoreFile.Damaged(path);
            return (document.Credentials ?? []).Select(FromEntry).ToList();
        }
        // Authenticated yet unreadable: written by a broken NetMapper, never by a wrong key.
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or CredentialStoreException)
        {
            throw StoreFile.Damaged(path, e);
        }
    }

    private static Entry ToEntry(StoredCredential stored) => stored.Credentials switch
    {
        UsmCredentials u => new Entry(stored.Name.Value, stored.Kind, User: u.UserName,
            Auth: ProtocolNames.Name(u.Auth), AuthKey: Optional(u.AuthPassword),
            Priv: ProtocolNames.Name(u.Priv), PrivKey: Optional(u.PrivPassword)),
        CommunityCredentials c => new Entry(stored.Name.Value, stored.Kind, Community: c.Community.Reveal()),
        _ => throw new ArgumentException($"credential '{stored.Name}' is of no kind the store keeps"),
    };

    private static string? Optional(Secret secret) => secret.IsEmpty ? null : secret.Reveal();

    private static StoredCredential FromEntry(Entry entry)
    {
        var name = CredentialName.Parse(entry.Name);
        SnmpCredentials credentials = entry.Kind switch
        {
            "v1" => new CommunityCredentials(SnmpVersion.V1, new Secret(entry.Community ?? "")),
            "v2c" => new CommunityCredentials(SnmpVersion.V2c, new Secret(entry.Community ?? "")),
            "v3" => new UsmCredentials(entry.User ?? "", ProtocolNames.ParseAuth(entry.Auth ?? "none"), Secret(entry.AuthKey),
                ProtocolNames.ParsePriv(entry.Priv ?? "none"), Secret(entry.PrivKey)),
            _ => throw new FormatException($"kind '{entry.Kind}'"),
        };
        return new StoredCredential(name, credentials);
    }

    private static Secret Secret(string? text) => text is null ? default : new Secret(text);
}
