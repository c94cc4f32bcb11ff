using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NetMapper.Storage;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The SNMPv3 pass phrases of a scan and a refresh that take them from the credential store (<c>store:core-v3</c>)
/// against the sample network on loopback: the devices answer, so the secrets were used, yet they are nowhere in clear.
/// </summary>
public sealed class StoredSecretsTests
{
    [Fact]
    public async Task A_scan_and_a_refresh_from_the_store_leave_no_secret_in_files_outputs_audit_or_process_list()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads the running scan's command line from /proc");
        string dir = Directory.CreateTempSubdirectory("netmapper-secrets-").FullName;
        string[] secrets = [$"auth-{Guid.NewGuid():N}", $"priv-{Guid.NewGuid():N}"];
        var seen = new Dictionary<string, string>();
        try
        {
            await using var agents = await LabAgents.StartAsync(secrets[0], secrets[1]);
            string store = Path.Combine(dir, "credentials.json"), db = Path.Combine(dir, "netmapper.db");
            string config = Path.Combine(dir, "scan.yaml"), evidence = Path.Combine(dir, "evidence");
            var added = await NetmapperProcess.RunAsync(["credentials", "add", "core-v3", "--kind", "v3", "--user", "netops",
                "--auth", "SHA-256", "--priv", "AES", "--secret-stdin", "--store", store, "--db", db], $"{secrets[0]}\n{secrets[1]}\n");
            Assert.True(added.Exit == 0, added.Err);
            seen["credentials add output"] = added.Out + added.Err;
            await File.WriteAllTextAsync(config, agents.ScanYaml(db, "  - store: core-v3", $"credentialStore: {store}"),
                TestContext.Current.CancellationToken);

            await RunWatchingAsync(["scan", "--config", config], "Scanning from", "scan", seen);
            await RunWatchingAsync(["refresh", "--config", config, "--evidence", evidence, "--zones", SampleDemo.ZonesFile,
                "--as-of", SampleDemo.AsOf], "refresh: scanning", "refresh", seen);

            var devices = await CliRunner.RunAsync("show", "devices", "--db", db, "--json");
            var answered = JsonDocument.Parse(devices.Out).RootElement.EnumerateArray()
                .Count(d => d.GetProperty("credential").GetString() == "v3 netops AuthPriv");
            Assert.True(answered > 10, $"only {answered} devices answered the stored SNMPv3 user: {devices.Out}");
            seen["show devices"] = devices.Out;
            seen["audit"] = (await CliRunner.RunAsync("audit", "--db", db)).Out;
            seen["audit --json"] = (await CliRunner.RunAsync("audit", "--db", db, "--json")).Out;
            seen["store file"] = File.ReadAllText(store, Encoding.Latin1);
            seen["lab serve output"] = agents.Output;
            AddDatabase(db, seen);
            foreach (var file in Directory.EnumerateFiles(evidence, "*", SearchOption.AllDirectories)) AddFile(file, seen);
            Assert.Contains(seen.Keys, k => k.EndsWith("manifest.json", StringComparison.Ordinal));

            foreach (var (where, text) in seen)
                foreach (var secret in secrets)
                    Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a pass phrase is in clear in {where}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Runs netmapper as its own process; once it announces <paramref name="stage"/>, reads its command line and
    /// environment from /proc (the process is still running: the stage has only begun), then its output at the end.
    /// </summary>
    private static async Task RunWatchingAsync(string[] arguments, string stage, string label, Dictionary<string, string> seen)
    {
        await using var child = NetmapperProcess.Start(arguments);
        await NetmapperProcess.WaitForStageAsync(child, stage);
        string cmdline = Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{child.Pid}/cmdline")).Replace('\0', ' ');
        Assert.Contains($" {arguments[0]} --config ", cmdline, StringComparison.Ordinal);
        seen[$"/proc/<{label}>/cmdline"] = cmdline;
        seen[$"/proc/<{label}>/environ"] = Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{child.Pid}/environ"));
        int exit = await child.WaitForExitAsync(NetmapperProcess.Timeout);
        Assert.True(exit == 0, child.Stderr + child.Stdout);
        seen[$"{label} stdout and stderr"] = child.Stdout + child.Stderr;
    }

    /// <summary>The database's bytes, and every scan's devices and graph as stored (the graph is kept compressed).</summary>
    private static void AddDatabase(string db, Dictionary<string, string> seen)
    {
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(db)!, "netmapper*.db")) AddFile(file, seen);
        using var store = ScanStore.Open(db, readOnly: true);
        foreach (var scan in store.ListScans())
        {
            seen[$"scan {scan.Id} record"] = JsonSerializer.Serialize(scan, ReflectionJson.Graph());
            seen[$"scan {scan.Id} graph"] = JsonSerializer.Serialize(store.LoadGraph(scan.Id), ReflectionJson.Graph());
            seen[$"scan {scan.Id} devices"] = JsonSerializer.Serialize(store.LoadPolls(scan.Id), ReflectionJson.Graph());
        }
    }

    /// <summary>A file's bytes as text, and each part of an XLSX (a zip whose parts are compressed).</summary>
    private static void AddFile(string path, Dictionary<string, string> seen)
    {
        seen[path] = File.ReadAllText(path, Encoding.Latin1);
        if (!path.EndsWith(".xlsx", StringComparison.Ordinal)) return;
        using var zip = ZipFile.OpenRead(path);
        foreach (var part in zip.Entries)
        {
            using var reader = new StreamReader(part.Open(), Encoding.UTF8);
            seen[$"{path}:{part.FullName}"] = reader.ReadToEnd();
        }
    }
}
