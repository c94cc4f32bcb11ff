namespace NetMapper.Cli.Tests;

public class DemoTests
{
    [Fact]
    public async Task The_Demo_Polls_Every_Sample_Device_Over_Snmpv3_And_Writes_Their_Walks()
    {
        var outDir = Directory.CreateTempSubdirectory("netmapper-demo-").FullName;
        try
        {
            var (exit, output, error) = await CliRunner.RunAsync("demo", "--out", outDir);
            Assert.True(exit == 0, error);
            var samples = Directory.GetFiles(Path.Combine(RepoPaths.Root, "topology-samples", "securities-hq"), "*.snmprec").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
            Assert.Contains($"Polled {samples.Length} sample devices over SNMPv3 authPriv", output, StringComparison.Ordinal);
            Assert.Equal(samples, Directory.GetFiles(Path.Combine(outDir, "walks")).Select(Path.GetFileNameWithoutExtension).Order().ToArray());
            var coreWalk = await File.ReadAllTextAsync(Path.Combine(outDir, "walks", "core-sw1.txt"), TestContext.Current.CancellationToken);
            Assert.Contains(".1.3.6.1.2.1.1.5.0 = STRING: \"core-sw1\"", coreWalk, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
