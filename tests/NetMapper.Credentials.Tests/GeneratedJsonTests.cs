using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NetMapper.Snmp;

namespace NetMapper.Credentials.Tests;

/// <summary>The store file is written byte for byte as with the reflection-based options it had, and files written
/// before read the same.</summary>
public sealed class GeneratedJsonTests
{
    private static readonly JsonSerializerOptions EnvelopeBefore = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions PayloadBefore = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Fact]
    public void The_Envelope_Is_Written_As_Before_And_An_Envelope_Written_Before_Reads_Back_The_Same()
    {
        var envelope = new StoreEnvelope
        {
            Format = StoreEnvelope.FormatName, Version = 1, Protection = "passphrase", Cipher = StoreEnvelope.CipherName,
            Kdf = new StoreEnvelope.KdfHeader
            {
                Algorithm = "argon2id", Argon2Version = 0x13, MemoryKiB = 65536, Iterations = 3, Parallelism = 1,
                Salt = "q+/=AAAAAAAAAAAAAAAAAA==",
            },
            Nonce = "+/+/AAAAAAAAAAAA", Ciphertext = "3q2+7w==", Tag = "AAAAAAAAAAAAAAAAAAAAAA==",
        };
        string before = JsonSerializer.Serialize(envelope, EnvelopeBefore);

        Assert.Equal(before, envelope.ToJson());
        Assert.Equal(before, StoreEnvelope.Parse(before, "store.json").ToJson());
    }

    [Fact]
    public void The_Payload_Is_Written_As_Before_And_Reads_What_Was_Written_Before()
    {
        StoredCredential[] credentials =
        [
            new(CredentialName.Parse("core-v3"), new UsmCredentials("netops", AuthProtocol.Sha256, new Secret("auth \"key\""),
                PrivProtocol.Aes128, new Secret("priv<key>"))),
            new(CredentialName.Parse("legacy-ro"), CommunityCredentials.V1("pub&lic")),
        ];
        byte[] written = StorePayload.Write(credentials);

        // What the reflection-based options make of the same document.
        string before = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(
            JsonSerializer.Deserialize<StorePayload.Document>(written, PayloadBefore), PayloadBefore));
        Assert.Equal(before, Encoding.UTF8.GetString(written));
        Assert.Equal(credentials, StorePayload.Read(Encoding.UTF8.GetBytes(before), "store.json"));
    }
}
