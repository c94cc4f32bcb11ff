using System.Diagnostics;

namespace NetMapper.Cli.Tests;

/// <summary>
/// SIGKILL in the middle of a scan: the scans stored before are intact, readable and still verify, and the killed one
/// is kept as far as it got. Whenever the kill lands, these hold.
/// </summary>
public sealed class KillTests
{
    [Fact]
    public async Task A_scan_killed_midway_leaves_earlier_scans_intact_and_verifiable()
    {
        string dir = Directory.CreateTempSubdirectory("netmapper-kill-").FullName;
        try
        {
            var (first, _, firstError) = await CliRunner.RunAsync("demo", "--out", dir);
            Assert.True(first == 0, firstError);

            await using (var demo = ChildProcess.Start("dotnet", [CliRunner.AssemblyPath, "demo", "--out", dir]))
            {
                var started = Stopwatch.StartNew();
                bool Starting() => !demo.Stdout.Contains("Serving", StringComparison.Ordinal) && !demo.HasExited;
                while (Starting() && started.Elapsed < TimeSpan.FromSeconds(60))
                    await Task.Delay(20, TestContext.Current.CancellationToken);
                Process.GetProcessById(demo.Pid).Kill(); // SIGKILL: no chance to finish or clean up
            }

            string db = Path.Combine(dir, "netmapper.db");
            var verify = await CliRunner.RunAsync("verify", "--db", db);
            Assert.True(verify.Exit == 0, verify.Err + verify.Out);
            Assert.Contains("│ 1    │ intact", verify.Out, StringComparison.Ordinal);
            var show = await CliRunner.RunAsync("show", "devices", "--db", db, "--scan", "1");
            Assert.True(show.Exit == 0, show.Err);
            Assert.Contains("core-sw1", show.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
