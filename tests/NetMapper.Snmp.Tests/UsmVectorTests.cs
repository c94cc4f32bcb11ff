using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Tests;

/// <summary>Published test vectors: RFC 3414 A.3 (key localisation), NIST SP 800-38A F.3.13 (AES-CFB128), FIPS 81 (DES-CBC).</summary>
public class UsmVectorTests
{
    private static readonly byte[] Rfc3414EngineId = Convert.FromHexString("000000000000000000000002");

    [Theory]
    [InlineData(AuthProtocol.Md5, "9faf3283884e92834ebc9847d8edd963", "526f5eed9fcce26f8964c2930787d82b")]
    [InlineData(AuthProtocol.Sha1, "9fb5cc0381497b3793528939ff788d5d79145211", "6695febc9288e36282235fc7151f128497b38f3f")]
    public void Password_To_Key_And_Localisation_Match_Rfc3414_Appendix_A3(AuthProtocol protocol, string ku, string kul)
    {
        var key = KeyLocalizer.PasswordToKey(protocol, "maplesyrup"u8);
        Assert.Equal(ku, Convert.ToHexString(key), ignoreCase: true);
        Assert.Equal(kul, Convert.ToHexString(KeyLocalizer.Localize(protocol, key, Rfc3414EngineId)), ignoreCase: true);
    }

    [Fact]
    public void Aes_Cfb128_Matches_Nist_Sp800_38A_Including_A_Partial_Final_Block()
    {
        var key = Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c");
        // The IV 000102030405060708090a0b0c0d0e0f as USM builds it: engineBoots || engineTime || salt.
        int boots = 0x00010203, time = 0x04050607;
        var salt = Convert.FromHexString("08090a0b0c0d0e0f");
        var ciphertext = Convert.FromHexString("3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b");
        var plaintext = Convert.FromHexString("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");

        Assert.Equal(plaintext, PrivacyCipher.Decrypt(PrivProtocol.Aes128, key, boots, time, salt, ciphertext));
        Assert.Equal(plaintext[..21], PrivacyCipher.Decrypt(PrivProtocol.Aes128, key, boots, time, salt, ciphertext[..21]));
    }

    [Fact]
    public void Des_Cbc_Matches_Fips81_With_The_PreIv_From_The_Privacy_Key()
    {
        // privKey = DES key || pre-IV; a zero salt leaves the pre-IV as the IV.
        var privKey = Convert.FromHexString("0123456789abcdef1234567890abcdef");
        var ciphertext = Convert.FromHexString("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6");
        var plain = PrivacyCipher.Decrypt(PrivProtocol.Des, privKey, 0, 0, new byte[8], ciphertext);
        Assert.Equal("Now is the time for all ", System.Text.Encoding.ASCII.GetString(plain!));
    }

    [Theory]
    [InlineData(PrivProtocol.Des, 100)]
    [InlineData(PrivProtocol.Aes128, 101)]
    [InlineData(PrivProtocol.Aes256, 37)]
    public void Encrypt_Then_Decrypt_Returns_The_Scoped_Pdu(PrivProtocol priv, int length)
    {
        var ku = KeyLocalizer.PasswordToKey(AuthProtocol.Sha1, "privpass1"u8);
        var key = KeyLocalizer.PrivacyKey(AuthProtocol.Sha1, priv, ku, Rfc3414EngineId);
        var data = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var (cipher, salt) = PrivacyCipher.Encrypt(priv, key, 3, 1234, data);
        var back = PrivacyCipher.Decrypt(priv, key, 3, 1234, salt, cipher)!;
        Assert.Equal(data, back[..length]);
    }

    [Fact]
    public void The_Two_Aes256_Key_Extensions_Differ_And_Keep_The_Localized_Key_As_Prefix()
    {
        var ku = KeyLocalizer.PasswordToKey(AuthProtocol.Md5, "maplesyrup"u8);
        var kul = KeyLocalizer.Localize(AuthProtocol.Md5, ku, Rfc3414EngineId);
        var blumenthal = KeyLocalizer.PrivacyKey(AuthProtocol.Md5, PrivProtocol.Aes256, ku, Rfc3414EngineId);
        var reeder = KeyLocalizer.PrivacyKey(AuthProtocol.Md5, PrivProtocol.Aes256Cisco, ku, Rfc3414EngineId);
        Assert.Equal(32, blumenthal.Length);
        Assert.Equal(kul, blumenthal[..16]);
        Assert.Equal(kul, reeder[..16]);
        Assert.NotEqual(blumenthal, reeder);
    }

    [Fact]
    public void Credentials_Never_Print_Their_Secrets()
    {
        var usm = new UsmCredentials(
            "admin", AuthProtocol.Sha256, new Secret("auth-secret-1"), PrivProtocol.Aes128, new Secret("priv-secret-1"));
        var community = CommunityCredentials.V2c("community-secret");
        var target = new SnmpTarget(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), usm);
        foreach (var text in new[] { usm.ToString(), community.ToString(), target.ToString() })
        {
            Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        }
        Assert.Contains("admin", usm.ToString(), StringComparison.Ordinal);
    }
}
