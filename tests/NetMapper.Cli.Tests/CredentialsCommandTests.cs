using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// <c>netmapper credentials add|list|remove</c> as a user runs them: names and kinds shown, secrets never; changes in
/// the audit log by name; a wrong key and every bad input one line naming what is wrong.
/// </summary>
public sealed class CredentialsCommandTests : IDisposable
{
    private const string AuthKey = "auth-Hq27-never-shown", PrivKey = "priv-Tw58-never-shown", Community = "ro-Kc66-never-shown";
    private readonly string dir = Directory.CreateTempSubdirectory("netmapper-credentials-").FullName;

    private string Store => Path.Combine(dir, "credentials.json");
    private string Db => Path.Combine(dir, "netmapper.db");

    private Task<(int Exit, string Out, string Err)> AddV3Async(string key = NetmapperProcess.StoreKey) =>
        NetmapperProcess.RunAsync(["credentials", "add", "core-v3", "--kind", "v3", "--user", "netops", "--auth", "SHA-256",
            "--priv", "AES", "--secret-stdin", "--store", Store, "--db", Db], $"{AuthKey}\n{PrivKey}\n", key);

    [Fact]
    public async Task Add_list_and_remove_show_names_and_kinds_and_are_audited_by_name_only()
    {
        var v3 = await AddV3Async();
        var community = await NetmapperProcess.RunAsync(
            ["credentials", "add", "legacy-ro", "--secret-stdin", "--store", Store, "--db", Db], Community + "\n");
        var listed = await NetmapperProcess.RunAsync(["credentials", "list", "--store", Store, "--json"]);
        var removed = await NetmapperProcess.RunAsync(["credentials", "remove", "legacy-ro", "--store", Store, "--db", Db]);
        var table = await NetmapperProcess.RunAsync(["credentials", "list", "--store", Store]);

        Assert.True(v3.Exit == 0, v3.Err);
        Assert.Equal($"credential 'core-v3' (v3: user netops, SHA-256, AES) added to {Store}", v3.Out.Trim());
        Assert.Equal($"credential 'legacy-ro' (v2c: community) added to {Store}", community.Out.Trim());
        var entries = JsonDocument.Parse(listed.Out).RootElement.EnumerateArray()
            .Select(e => $"{e.GetProperty("name")} {e.GetProperty("kind")}").ToArray();
        Assert.Equal(["core-v3 v3", "legacy-ro v2c"], entries);
        Assert.Equal($"credential 'legacy-ro' removed from {Store}", removed.Out.Trim());
        Assert.Contains("│ core-v3 │ v3   │ user netops, SHA-256, AES │", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy-ro", table.Out, StringComparison.Ordinal);
        var audit = await CliRunner.RunAsync("audit", "--db", Db, "--json");
        var commands = JsonDocument.Parse(audit.Out).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("command").GetString()!).ToArray();
        Assert.Equal(3, commands.Length);
        Assert.StartsWith("netmapper credentials add core-v3 --kind v3 --user netops", commands[0], StringComparison.Ordinal);
        Assert.StartsWith("netmapper credentials remove legacy-ro", commands[2], StringComparison.Ordinal);
        foreach (var text in new[] { listed.Out, table.Out, audit.Out, File.ReadAllText(Store) })
            foreach (var secret in new[] { AuthKey, PrivKey, Community })
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_one_line_naming_the_store_and_changes_nothing()
    {
        Assert.Equal(0, (await AddV3Async()).Exit);
        byte[] before = File.ReadAllBytes(Store);

        var listed = await NetmapperProcess.RunAsync(["credentials", "list", "--store", Store], key: "not-the-key-at-all");
        var added = await AddV3Async("not-the-key-at-all");

        Assert.Equal(1, listed.Exit);
        Assert.Equal($"netmapper: credential store '{Store}': wrong key or damaged file\n", listed.Err);
        Assert.Equal(listed.Err, added.Err);
        Assert.Equal(before, File.ReadAllBytes(Store));
    }

    [Fact]
    public async Task Without_a_key_or_a_terminal_the_store_says_how_to_give_one()
    {
        Assert.Equal(0, (await AddV3Async()).Exit);

        var (exit, _, error) = await NetmapperProcess.RunAsync(["credentials", "list", "--store", Store], key: "");

        Assert.Equal(2, exit);
        Assert.Equal($"netmapper: credential store '{Store}' is locked: set NETMAPPER_CREDENTIALS_KEY, "
            + "or run at a terminal to type its key\n", error);
    }

    [Fact]
    public async Task Secrets_piped_short_of_a_line_are_refused_naming_the_missing_one()
    {
        var (exit, _, error) = await NetmapperProcess.RunAsync(["credentials", "add", "core-v3", "--kind", "v3", "--user", "netops",
            "--auth", "SHA-256", "--priv", "AES", "--secret-stdin", "--store", Store, "--db", Db], AuthKey + "\n");

        Assert.Equal(2, exit);
        Assert.Equal("netmapper: --secret-stdin: line 2 (the privacy pass phrase of 'core-v3') is missing\n", error);
        Assert.False(File.Exists(Store));
    }

    [Theory]
    [InlineData("add|bad name", "credential name 'bad name' must be 1 to 64 letters, digits, '.', '-' or '_', starting with a "
        + "letter or digit")]
    [InlineData("add|x|--kind|v4", "--kind 'v4' must be v1, v2c or v3")]
    [InlineData("add|x|--kind|v3", "--kind v3 needs --user NAME")]
    [InlineData("add|x|--user|netops", "--user, --auth and --priv are for --kind v3, not v2c")]
    [InlineData("add|x|--kind|v3|--user|u|--auth|SHA-3",
        "--auth: unknown authentication protocol 'SHA-3' (use none, MD5, SHA, SHA-224, SHA-256, SHA-384 or SHA-512)")]
    [InlineData("add|x|--kind|v3|--user|u|--priv|AES", "--priv AES needs --auth: SNMPv3 has no privacy without authentication")]
    [InlineData("add|x|--protection|vault", "--protection 'vault' must be passphrase or windows")]
    public async Task Bad_inputs_to_add_are_one_line_errors_naming_the_input(string arguments, string message)
    {
        var (exit, _, error) = await CliRunner.RunAsync(["credentials", .. arguments.Split('|'), "--store", Store, "--db", Db]);

        Assert.Equal(2, exit);
        Assert.Equal($"netmapper: {message}", error.Trim());
        Assert.False(File.Exists(Store));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_missing_store_is_named_with_the_command_that_creates_it()
    {
        var (exit, _, error) = await CliRunner.RunAsync("credentials", "remove", "core-v3", "--store", Store, "--db", Db);

        Assert.Equal(2, exit);
        Assert.StartsWith($"netmapper: credential store '{Store}' does not exist (create it with '", error, StringComparison.Ordinal);
        Assert.EndsWith($" credentials add NAME --store {Store}')", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_naming_a_credential_the_store_lacks_or_of_the_wrong_kind_says_which()
    {
        Assert.Equal(0, (await AddV3Async()).Exit);
        string[] scan = ["scan", "--seed", "127.0.0.1", "--credential-store", Store, "--db", Db];

        var missing = await NetmapperProcess.RunAsync([.. scan, "--v3-user", "store:core-v2"]);
        var wrongKind = await NetmapperProcess.RunAsync([.. scan, "--community", "store:core-v3"]);
        var badName = await NetmapperProcess.RunAsync([.. scan, "--v3-user", "store:core v3"]);

        Assert.Equal((2, $"netmapper: credential store '{Store}' has no credential 'core-v2'\n"), (missing.Exit, missing.Err));
        Assert.Equal((2, "netmapper: --community 'store:core-v3' names an SNMPv3 user: give it as --v3-user store:core-v3\n"),
            (wrongKind.Exit, wrongKind.Err));
        Assert.StartsWith("netmapper: --v3-user 'store:core v3': 'core v3' is not a credential name", badName.Err,
            StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
