namespace NetMapper.Cli.Tests;

public class RecordsCommandTests
{
    [Theory]
    [InlineData("--format", "xlsx,pdf", "netmapper: --format 'pdf' is not one of xlsx, csv")]
    [InlineData("--lang", "fr", "netmapper: --lang 'fr' must be zh-TW or en")]
    [InlineData("--db", "/nonexistent/netmapper.db", "/nonexistent/netmapper.db")]
    public async Task Bad_Input_Is_One_Line_And_Exit_2(string option, string value, string message)
    {
        var outDir = Path.Combine(Path.GetTempPath(), $"netmapper-records-{Guid.NewGuid():N}");
        var (exit, output, error) = await CliRunner.RunAsync("records", "--out", outDir, option, value);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }
}
