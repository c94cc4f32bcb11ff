using System.Text;
using System.Text.Json.Nodes;
using NetMapper.Snmp;

namespace NetMapper.Credentials.Tests;

/// <summary>
/// The store file: what it gives back with the right passphrase, what it shows without it (nothing secret, no names),
/// and how a wrong key, an edited byte, a newer format or another kind of file is refused.
/// </summary>
public sealed class CredentialStoreTests : IDisposable
{
    private const string AuthKey = "auth-Fq83-secret", PrivKey = "priv-Lm41-secret", Community = "community-Zx09-secret";
    private static readonly Secret Passphrase = new("a long enough passphrase");
    private readonly string dir = Directory.CreateTempSubdirectory("netmapper-store-").FullName;

    private string Store => Path.Combine(dir, "config", "credentials.json");

    /// <summary>Cheap Argon2id: the store reads its parameters from the file, so tests need not pay for 64 MiB.</summary>
    private static Argon2idParameters Cheap() => new(64, 1, 1, new byte[16]);

    private void SaveSample()
    {
        using var store = CredentialStore.Create(Store, StoreProtection.Passphrase, () => Passphrase, Cheap());
        store.Add(new StoredCredential(CredentialName.Parse("core-v3"),
            new UsmCredentials("netops", AuthProtocol.Sha256, new Secret(AuthKey), PrivProtocol.Aes128, new Secret(PrivKey))), false);
        store.Add(new StoredCredential(CredentialName.Parse("legacy-ro"), CommunityCredentials.V1(Community)), false);
        store.Save();
    }

    [Fact]
    public void A_saved_store_opens_with_its_passphrase_and_gives_back_every_credential()
    {
        SaveSample();

        using var store = CredentialStore.Open(Store, () => Passphrase);

        var user = Assert.IsType<UsmCredentials>(store.Get(CredentialName.Parse("core-v3")).Credentials);
        Assert.Equal(("netops", AuthProtocol.Sha256, AuthKey, PrivProtocol.Aes128, PrivKey),
            (user.UserName, user.Auth, user.AuthPassword.Reveal(), user.Priv, user.PrivPassword.Reveal()));
        var community = Assert.IsType<CommunityCredentials>(store.Get(CredentialName.Parse("legacy-ro")).Credentials);
        Assert.Equal((SnmpVersion.V1, Community), (community.Version, community.Community.Reveal()));
    }

    [Fact]
    public void The_file_holds_neither_a_secret_nor_a_name_in_clear()
    {
        SaveSample();

        string text = File.ReadAllText(Store);

        foreach (var clear in new[] { AuthKey, PrivKey, Community, "netops", "core-v3", "legacy-ro" })
            Assert.DoesNotContain(clear, text, StringComparison.Ordinal);
        var header = JsonNode.Parse(text)!;
        Assert.Equal(("netmapper-credentials", 1, "aes-256-gcm", "argon2id"), ((string)header["format"]!, (int)header["version"]!,
            (string)header["cipher"]!, (string)header["kdf"]!["algorithm"]!));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void On_Linux_the_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Windows keeps the file in the user's profile, under its ACL");
        SaveSample();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Store));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Path.GetDirectoryName(Store)!));
    }

    [Fact]
    public void A_wrong_passphrase_is_refused_as_wrong_key_or_damaged_file()
    {
        SaveSample();

        var e = Assert.Throws<CredentialStoreException>(() => CredentialStore.Open(Store, () => new Secret("not the passphrase")));

        Assert.Equal(CredentialStoreFailure.WrongKeyOrDamaged, e.Failure);
        Assert.Equal($"credential store '{Store}': wrong key or damaged file", e.Message);
    }

    [Theory]
    [InlineData("kdf.iterations")]
    [InlineData("kdf.salt")]
    [InlineData("ciphertext")]
    [InlineData("tag")]
    [InlineData("protection")]
    public void An_edited_field_is_refused_like_a_wrong_key(string field)
    {
        SaveSample();
        var document = JsonNode.Parse(File.ReadAllText(Store))!.AsObject();
        var (parent, name) = field.Split('.') is [var outer, var inner] ? (document[outer]!.AsObject(), inner) : (document, field);
        parent[name] = field switch
        {
            "kdf.iterations" => 2,
            "protection" => "windows-dpapi-user",
            _ => Flipped((string)parent[name]!),
        };
        File.WriteAllText(Store, document.ToJsonString());

        var e = Assert.Throws<CredentialStoreException>(() => CredentialStore.Open(Store, () => Passphrase));

        Assert.True(e.Failure is CredentialStoreFailure.WrongKeyOrDamaged or CredentialStoreFailure.Unavailable, e.Message);
    }

    private static string Flipped(string base64)
    {
        byte[] bytes = Convert.FromBase64String(base64);
        bytes[0] ^= 0x01;
        return Convert.ToBase64String(bytes);
    }

    [Fact]
    public void Each_save_encrypts_with_a_fresh_nonce()
    {
        SaveSample();
        string first = (string)JsonNode.Parse(File.ReadAllText(Store))!["nonce"]!;

        using (var store = CredentialStore.Open(Store, () => Passphrase))
        {
            store.Remove(CredentialName.Parse("legacy-ro"));
            store.Save();
        }

        Assert.NotEqual(first, (string)JsonNode.Parse(File.ReadAllText(Store))!["nonce"]!);
        using var reopened = CredentialStore.Open(Store, () => Passphrase);
        Assert.Equal(["core-v3"], reopened.Credentials.Select(c => c.Name.Value));
    }

    [Fact]
    public void A_store_from_a_newer_NetMapper_is_refused_with_its_format_named()
    {
        SaveSample();
        var document = JsonNode.Parse(File.ReadAllText(Store))!;
        document["version"] = 2;
        File.WriteAllText(Store, document.ToJsonString());

        var e = Assert.Throws<CredentialStoreException>(() => CredentialStore.Open(Store, () => Passphrase));

        Assert.Equal(CredentialStoreFailure.NewerFormat, e.Failure);
        Assert.Contains("written by a newer NetMapper (format 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_named_and_left_untouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Store)!);
        File.WriteAllText(Store, "seeds: [10.1.255.1]\n");

        var e = Assert.Throws<CredentialStoreException>(() => CredentialStore.Open(Store, () => Passphrase));

        Assert.Equal(CredentialStoreFailure.NotAStore, e.Failure);
        Assert.Equal("seeds: [10.1.255.1]\n", File.ReadAllText(Store, Encoding.UTF8));
    }

    [Fact]
    public void Adding_a_name_twice_is_refused_unless_replacing()
    {
        SaveSample();
        using var store = CredentialStore.Open(Store, () => Passphrase);
        var again = new StoredCredential(CredentialName.Parse("legacy-ro"), CommunityCredentials.V2c("another"));

        var e = Assert.Throws<CredentialStoreException>(() => store.Add(again, replace: false));
        store.Add(again, replace: true);

        Assert.Equal(CredentialStoreFailure.AlreadyExists, e.Failure);
        Assert.Equal(SnmpVersion.V2c, store.Get(CredentialName.Parse("legacy-ro")).Credentials.Version);
    }

    [Fact]
    public void A_Windows_protected_store_opens_without_a_passphrase_for_its_user_and_nowhere_else()
    {
        if (!OperatingSystem.IsWindows())
        {
            var e = Assert.Throws<CredentialStoreException>(() =>
                CredentialStore.Create(Store, StoreProtection.WindowsUser, () => throw new InvalidOperationException("asked")));
            Assert.Equal(CredentialStoreFailure.Unavailable, e.Failure);
            return;
        }
        using (var store = CredentialStore.Create(Store, StoreProtection.WindowsUser, () => throw new InvalidOperationException("asked")))
        {
            store.Add(new StoredCredential(CredentialName.Parse("legacy-ro"), CommunityCredentials.V2c(Community)), false);
            store.Save();
        }
        using var reopened = CredentialStore.Open(Store, () => throw new InvalidOperationException("asked for a passphrase"));
        Assert.Equal(Community, ((CommunityCredentials)reopened.Credentials.Single().Credentials).Community.Reveal());
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
