using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The quarterly refresh against the sample network served by `netmapper lab serve` on loopback: a dated evidence pack
/// with every part and a manifest whose hashes match the files; run again, a second pack that says "no changes"; and
/// a second refresh of the same database while one holds the lock is refused with a clear line.
/// </summary>
public sealed class RefreshCommandTests
{
    private const string AuthVariable = "NETMAPPER_TEST_REFRESH_AUTH", PrivVariable = "NETMAPPER_TEST_REFRESH_PRIV";
    private const string AuthKey = "refresh-auth-key-1", PrivKey = "refresh-priv-key-1";

    [Fact]
    public async Task Two_refreshes_write_two_packs_the_second_saying_no_changes_and_a_held_lock_refuses_a_third()
    {
        string dir = Directory.CreateTempSubdirectory("netmapper-refresh-").FullName;
        int port = FreePort.Udp();
        Environment.SetEnvironmentVariable(AuthVariable, AuthKey);
        Environment.SetEnvironmentVariable(PrivVariable, PrivKey);
        await using var serve = ChildProcess.Start("dotnet", [CliRunner.AssemblyPath, "lab", "serve",
            Path.Combine(SampleDemo.SampleDir, "recordings"), "--port", port.ToString(CultureInfo.InvariantCulture),
            "--v3-user", $"netops:SHA-256:{AuthKey}:AES:{PrivKey}"]);
        try
        {
            await WaitUntilServingAsync(serve);
            string config = Path.Combine(dir, "scan.yaml");
            await File.WriteAllTextAsync(config, ScanYaml(port, Path.Combine(dir, "netmapper.db")), TestContext.Current.CancellationToken);
            string evidence = Path.Combine(dir, "evidence");
            string[] refresh =
                ["refresh", "--config", config, "--evidence", evidence, "--zones", SampleDemo.ZonesFile, "--as-of", SampleDemo.AsOf];

            var first = await CliRunner.RunAsync(refresh);
            var second = await CliRunner.RunAsync(refresh);

            Assert.True(first.Exit == 0, first.Err + first.Out);
            Assert.True(second.Exit == 0, second.Err + second.Out);
            var packs = Directory.GetDirectories(evidence).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(2, packs.Length);
            Assert.Matches(@"^\d{4}Q[1-4]-\d{8}T\d{4}", Path.GetFileName(packs[0]));
            foreach (var part in new[] { "records", "lifecycle", "diagrams" })
                Assert.True(Directory.Exists(Path.Combine(packs[0], part)), part);
            var lastPack = packs.Single(p => File.Exists(Path.Combine(p, "changes", "netmapper-changes-scan1-scan2.json")));
            Assert.Contains("變更 / changes since scan 1: 無 / no changes", File.ReadAllText(Path.Combine(lastPack, "summary.md")),
                StringComparison.Ordinal);
            AssertManifestMatches(lastPack);

            using (new FileStream(Path.Combine(dir, "netmapper.db.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            {
                var (exit, _, error) = await CliRunner.RunAsync(refresh);
                Assert.Equal(2, exit);
                string expected = $"netmapper: another refresh is writing '{Path.Combine(dir, "netmapper.db")}'";
                Assert.StartsWith(expected, error, StringComparison.Ordinal);
            }
            Assert.DoesNotContain(AuthKey, File.ReadAllText(Path.Combine(lastPack, "manifest.json")), StringComparison.Ordinal);
            var verify = await CliRunner.RunAsync("verify", "--db", Path.Combine(dir, "netmapper.db"));
            Assert.Equal(0, verify.Exit);
            Assert.Contains("2 sealed scans intact; the chain is unbroken", verify.Out, StringComparison.Ordinal);
            var audit = await CliRunner.RunAsync("audit", "--db", Path.Combine(dir, "netmapper.db"), "--json");
            var entries = JsonDocument.Parse(audit.Out).RootElement.EnumerateArray().ToList();
            Assert.Equal(["ok", "ok"], entries.Select(e => e.GetProperty("outcome").GetString()));
            Assert.All(entries, e => Assert.StartsWith("netmapper refresh --config ", e.GetProperty("command").GetString(),
                StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string ScanYaml(int port, string db) => $"""
        seeds: [127.20.99.1]
        scope: [127.20.99.0/24]
        port: {port}
        credentials:
          - v3: {"{"}user: netops, auth: SHA-256, authKey: env:{AuthVariable}, priv: AES, privKey: env:{PrivVariable}{"}"}
          - community: public
        limits: {"{"}timeout: 1, retries: 1{"}"}
        followRouterArp: true
        db: {db}
        """;

    private static async Task WaitUntilServingAsync(ChildProcess serve)
    {
        var started = Stopwatch.StartNew();
        bool Starting() => !serve.Stdout.Contains("serving", StringComparison.Ordinal) && !serve.HasExited;
        while (Starting() && started.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.True(serve.Stdout.Contains("serving", StringComparison.Ordinal), serve.Stderr);
    }

    private static void AssertManifestMatches(string pack)
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(pack, "manifest.json"))).RootElement;
        var files = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.True(files.Count > 20, $"only {files.Count} files in the manifest");
        foreach (var file in files)
        {
            string path = Path.Combine(pack, file.GetProperty("path").GetString()!);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        }
        Assert.StartsWith("sha256:", manifest.GetProperty("contentHash").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, manifest.GetProperty("scan").GetInt32());
    }
}
