using NetMapper.Snmp;

namespace NetMapper.Credentials.Tests;

public sealed class Argon2idTests
{
    [Fact]
    public void The_key_derivation_matches_the_Argon2_reference_implementation()
    {
        // echo -n "correct horse battery" | argon2 "netmapper-salt-1" -id -t 3 -k 64 -p 4 -l 32 -r  (Debian's argon2)
        var parameters = new Argon2idParameters(64, 3, 4, "netmapper-salt-1"u8.ToArray());

        byte[] key = parameters.Derive(new Secret("correct horse battery"));

        Assert.Equal("de810dced0b3cb15e5e5b12bd71498818f1412f8752c22d4c2d69336adf92afe", Convert.ToHexStringLower(key));
    }

    [Theory]
    [InlineData(64, 3, 4, 16, true)]
    [InlineData(16, 3, 4, 16, false)] // under 8 KiB per lane: no Argon2id takes it
    [InlineData(64, 0, 4, 16, false)]
    [InlineData(8 * 1024 * 1024, 3, 4, 16, false)] // 8 GiB: damage, not a setting
    [InlineData(64, 3, 4, 4, false)]
    public void Parameters_read_from_a_file_are_plausible_only_within_what_Argon2id_takes(
        int memoryKiB, int iterations, int parallelism, int saltBytes, bool plausible)
    {
        var parameters = new Argon2idParameters(memoryKiB, iterations, parallelism, new byte[saltBytes]);

        Assert.Equal(plausible, parameters.IsPlausible);
    }
}
