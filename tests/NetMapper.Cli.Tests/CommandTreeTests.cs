using System.CommandLine;

namespace NetMapper.Cli.Tests;

/// <summary>The command line builds only the command it names, and that list of names stays true to the commands.</summary>
public class CommandTreeTests
{
    [Fact]
    public void Every_Top_Level_Name_Is_The_Name_Of_The_Command_It_Builds()
    {
        var built = NetMapperCommand.Build().Subcommands.Select(command => command.Name).ToList();
        Assert.Equal(NetMapperCommand.TopLevel.Select(command => command.Name), built);
    }

    [Fact]
    public void A_Named_Command_Is_Built_Alone()
    {
        var root = NetMapperCommand.Build(firstArgument: "snmp");
        Assert.Equal(["snmp"], root.Subcommands.Select(command => command.Name));
    }

    [Theory]
    [InlineData("snmpx")]
    [InlineData("--help")]
    [InlineData("--version")]
    public void Anything_Else_Gets_The_Whole_Tree(string firstArgument)
    {
        var root = NetMapperCommand.Build(firstArgument);
        Assert.Equal(NetMapperCommand.TopLevel.Count, root.Subcommands.Count);
    }

    [Fact]
    public async Task A_Mistyped_Command_Is_Still_Named_With_The_Commands_It_May_Mean()
    {
        var (exit, _, error) = await CliRunner.RunAsync("scna", "--seed", "127.0.0.1");
        Assert.Equal(2, exit);
        Assert.Contains("scna", error, StringComparison.Ordinal);
    }
}
