namespace NetMapper.Cli.Tests;

/// <summary>
/// <c>netmapper report</c> with bad input: the one-line errors and exit codes of the other commands, and no report
/// file left behind. (The page itself is tested in NetMapper.Report.Tests, in chromium.)
/// </summary>
[Collection(SampleDemo.Collection)]
public sealed class ReportCommandTests(SampleDemo demo)
{
    private string Out(string name) => Path.Combine(demo.OutDir, name);

    private static async Task<(int Exit, string Error)> Report(params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["report", .. args]);
        Assert.True(exit == 0 || output.Length == 0, output);
        Assert.True(exit == 0 || error.TrimEnd().Split('\n').Length == 1, error);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        return (exit, error.TrimEnd());
    }

    [Fact]
    public async Task The_Demo_Writes_Its_Report_And_The_Command_Writes_One_Named_By_Out()
    {
        Assert.True(File.Exists(Path.Combine(demo.OutDir, "report.html")), "the demo wrote no report.html");
        Assert.Contains("report.html", demo.Output, StringComparison.Ordinal);
        string file = Out("nested/folder/scan.html");

        var (exit, output, error) = await CliRunner.RunAsync("report", "--db", demo.Db, "--out", file, "--lang", "en");

        Assert.True(exit == 0, error);
        Assert.Equal(file, output.TrimEnd());
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Scan_That_Does_Not_Exist_Is_Named()
    {
        var (exit, error) = await Report("--db", demo.Db, "--scan", "99", "--out", Out("no-scan.html"));

        Assert.Equal((2, $"netmapper: '{demo.Db}' has no scan 99 (see '{Common.SelfCommand.Name} scans --db {demo.Db}')"), (exit, error));
        Assert.False(File.Exists(Out("no-scan.html")));
    }

    [Theory]
    [InlineData("1", "netmapper: --diff '1' must be N..M (e.g. 3..latest)")]
    [InlineData("..1", "netmapper: --diff '..1' must be N..M (e.g. 3..latest)")]
    [InlineData("x..1", "netmapper: --scan 'x' must be a scan number or 'latest'")]
    [InlineData("1..1", "netmapper: --diff '1..1': scan 1 must be earlier than scan 1")]
    public async Task A_Bad_Diff_Range_Is_Named(string range, string expected)
    {
        var (exit, error) = await Report("--db", demo.Db, "--diff", range, "--out", Out("bad-diff.html"));

        Assert.Equal((2, expected), (exit, error));
    }

    [Fact]
    public async Task A_Diff_Against_A_Scan_That_Does_Not_Exist_Is_Named()
    {
        var (exit, error) = await Report("--db", demo.Db, "--diff", "1..7", "--out", Out("diff-7.html"));

        Assert.Equal((2, $"netmapper: '{demo.Db}' has no scan 7 (see '{Common.SelfCommand.Name} scans --db {demo.Db}')"), (exit, error));
    }

    [Fact]
    public async Task An_Output_Path_That_Is_A_Folder_Or_Cannot_Be_Written_Is_Named()
    {
        var (folderExit, folderError) = await Report("--db", demo.Db, "--out", demo.OutDir);
        // /sys is read-only for root too: the folder cannot be created.
        var (sysExit, sysError) = await Report("--db", demo.Db, "--out", "/sys/netmapper-test-out/report.html");

        string folder = $"netmapper: --out '{demo.OutDir}' is a folder; give the report's file name (FILE.html)";
        Assert.Equal((2, folder), (folderExit, folderError));
        Assert.Equal(3, sysExit);
        Assert.StartsWith("netmapper: --out '/sys/netmapper-test-out' cannot be written: ", sysError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Database_That_Is_Not_There_Is_Named()
    {
        string db = Out("nowhere.db");

        var (exit, error) = await Report("--db", db, "--out", Out("nowhere.html"));

        Assert.Equal((2, $"netmapper: scan database '{db}' does not exist (run '{Common.SelfCommand.Name} scan' first, or give --db)"),
            (exit, error));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task A_Language_Other_Than_ZhTw_Or_En_Is_Refused()
    {
        var (exit, error) = await Report("--db", demo.Db, "--lang", "fr", "--out", Out("fr.html"));

        Assert.Equal(2, exit);
        Assert.Contains("--lang 'fr'", error, StringComparison.Ordinal);
    }
}
