namespace NetMapper.Cli.Tests;

/// <summary>
/// <c>netmapper</c> as a user installs it: packed as a .NET tool, installed into a tool path from that package alone (the
/// only package source, so nothing is fetched: the pack restores nothing, and the tool package carries its dependencies),
/// and run from there, away from the repository: its help, and the demo, whose sample recordings travel in the package.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("netmapper-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact(Timeout = 30 * 60 * 1000)]
    [Trait("Category", "Slow")]
    public async Task The_tool_package_installs_offline_and_its_netmapper_runs_the_help_and_the_demo()
    {
        string netmapper = await InstallAsync(await PackAsync());

        var help = await DotnetCli.RunAsync(netmapper, ["--help"], _dir, TimeSpan.FromMinutes(1));
        Assert.True(help.Exit == 0, help.Err);
        Assert.Contains("Usage:", help.Out, StringComparison.Ordinal);
        Assert.Contains("demo", help.Out, StringComparison.Ordinal);

        string demoOut = Path.Combine(_dir, "demo");
        var demo = await DotnetCli.RunAsync(netmapper, ["demo", "--out", demoOut], _dir, TimeSpan.FromMinutes(5));
        Assert.True(demo.Exit == 0, demo.Out + demo.Err);
        Assert.Contains("scan 1: complete", demo.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(demoOut, "netmapper.db")));
        Assert.True(File.Exists(Path.Combine(demoOut, "records", "netmapper-records-scan1.xlsx")));
        Assert.True(File.Exists(Path.Combine(demoOut, "diagrams", "netmapper-physical-scan1.svg")));
    }

    /// <summary>Packs as README's Set up says, into a folder of its own; returns the package's path.</summary>
    private async Task<string> PackAsync()
    {
        string packages = Path.Combine(_dir, "nupkg");
        string project = Path.Combine(RepoPaths.Root, "src", "NetMapper.Cli");
        var pack = await DotnetCli.RunAsync(DotnetCli.Dotnet,
            ["pack", project, "-c", "Release", "-o", packages, "--no-restore", "--disable-build-servers"], _dir, TimeSpan.FromMinutes(15));
        Assert.True(pack.Exit == 0, pack.Out + pack.Err);
        return Assert.Single(Directory.GetFiles(packages, "NetMapper.*.nupkg"));
    }

    /// <summary>Installs the package into a tool path with it as the only source; returns the netmapper command.</summary>
    private async Task<string> InstallAsync(string package)
    {
        string tools = Path.Combine(_dir, "tools");
        string version = Path.GetFileNameWithoutExtension(package)["NetMapper.".Length..];
        string config = OnlySource(Path.GetDirectoryName(package)!);
        string[] arguments = ["tool", "install", "--tool-path", tools, "--configfile", config, "NetMapper", "--version", version];
        var install = await DotnetCli.RunAsync(DotnetCli.Dotnet, arguments, _dir, TimeSpan.FromMinutes(5));
        Assert.True(install.Exit == 0, install.Out + install.Err);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "netmapper.exe" : "netmapper");
    }

    /// <summary>A NuGet configuration whose one source is the folder the package was packed into.</summary>
    private string OnlySource(string packages)
    {
        var config = Path.Combine(_dir, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="netmapper" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        return config;
    }
}
