using System.Globalization;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The sample network served by <c>netmapper lab serve</c> on loopback (127.20.99.x), answering SNMPv3 user netops
/// with pass phrases taken from its environment, so that they are on no command line either.
/// </summary>
internal sealed class LabAgents : IAsyncDisposable
{
    public const string Seed = "127.20.99.1", Scope = "127.20.99.0/24";
    private const string AuthVariable = "NETMAPPER_TEST_LAB_AUTH", PrivVariable = "NETMAPPER_TEST_LAB_PRIV";
    private readonly ChildProcess serve;

    private LabAgents(ChildProcess serve, int port) => (this.serve, Port) = (serve, port);

    public int Port { get; }

    public static async Task<LabAgents> StartAsync(string authKey, string privKey)
    {
        int port = FreePort.Udp();
        var serve = ChildProcess.Start(DotnetCli.Dotnet, [CliRunner.AssemblyPath, "lab", "serve",
            Path.Combine(SampleDemo.SampleDir, "recordings"), "--port", port.ToString(CultureInfo.InvariantCulture),
            "--v3-user", $"netops:SHA-256:env:{AuthVariable}:AES:env:{PrivVariable}"],
            new Dictionary<string, string> { [AuthVariable] = authKey, [PrivVariable] = privKey });
        var agents = new LabAgents(serve, port);
        await NetmapperProcess.WaitForStageAsync(serve, "serving");
        return agents;
    }

    /// <summary>scan.yaml for the sample network, its credentials as given (YAML list items).</summary>
    public string ScanYaml(string db, string credentials, string extra = "", string limits = "timeout: 1, retries: 1") => $"""
        seeds: [{Seed}]
        scope: [{Scope}]
        port: {Port}
        credentials:
        {credentials}
        limits: {"{"}{limits}{"}"}
        followRouterArp: true
        db: {db}
        {extra}
        """;

    public string Output => serve.Stdout + serve.Stderr;

    public ValueTask DisposeAsync() => serve.DisposeAsync();
}
