namespace NetMapper.Cli.Tests;

public class LabGenerateTests
{
    [Fact]
    public async Task The_Sample_Description_Generates_Recordings_And_Lab_Yaml()
    {
        var outDir = Directory.CreateTempSubdirectory("netmapper-gen-").FullName;
        try
        {
            var description = Path.Combine(RepoPaths.Root, "topology-samples", "securities-hq", "network.yaml");
            var (exit, output, error) = await CliRunner.RunAsync("lab", "generate", description, "--out", outDir);
            Assert.True(exit == 0, error);
            Assert.StartsWith("30 device recordings (53 per-VLAN) and lab.yaml written to", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(outDir, "lab.yaml")));
            Assert.Equal(83, Directory.GetFiles(outDir, "*.snmprec").Length);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_Bad_Description_Gives_One_Line_Naming_The_File_And_Entry_And_Writes_Nothing()
    {
        var dir = Directory.CreateTempSubdirectory("netmapper-gen-").FullName;
        try
        {
            var yaml = Path.Combine(dir, "network.yaml");
            var unknownModel = "management: 127.40.0.0/24\ndevices:\n  - { name: r1, model: nope, mgmt: 127.40.0.1 }\n";
            await File.WriteAllTextAsync(yaml, unknownModel, TestContext.Current.CancellationToken);
            var (exit, output, error) = await CliRunner.RunAsync("lab", "generate", yaml, "--out", Path.Combine(dir, "out"));
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Equal($"netmapper: {yaml}: device 'r1': model 'nope' is not among the models", error.Trim());
            Assert.False(Directory.Exists(Path.Combine(dir, "out")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
