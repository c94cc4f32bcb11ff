using NetMapper.Cli.Snmp;

namespace NetMapper.Cli.Tests;

/// <summary>net-snmp's getopt-style glued options are split only where they name an option that takes a value.</summary>
public class GluedShortOptionsTests
{
    private static readonly System.CommandLine.Command Walk = SnmpCommands.Build().Subcommands.Single(c => c.Name == "walk");

    [Theory]
    [InlineData("-Cr25", "-Cr|25")]
    [InlineData("-v2c", "-v|2c")]
    [InlineData("-cpublic", "-c|public")]
    [InlineData("-t0.5", "-t|0.5")]
    [InlineData("-Cr", "-Cr")]
    [InlineData("--json", "--json")]
    [InlineData("--getnext", "--getnext")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    public void A_Word_Is_Split_Only_When_It_Glues_A_Value_To_A_Short_Option(string word, string expected) =>
        Assert.Equal(expected.Split('|'), GluedShortOptions.Split(Walk, [word]));

    [Fact]
    public void Nothing_After_The_End_Of_Options_Is_Split() =>
        Assert.Equal(["-c", "x", "--", "-cpublic"], GluedShortOptions.Split(Walk, ["-cx", "--", "-cpublic"]));
}
