using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;

namespace NetMapper.Testing;

/// <summary>
/// Debian's snmpsim serving the shared corpus on one loopback address: community (and v3 context) = recording
/// name; SNMPv3 user <see cref="User"/> with SHA/AES. snmpsimd runs as nobody, so the recordings are copied to a
/// world-readable temporary folder (they never enter the project).
/// </summary>
public sealed class SnmpsimAgent : IAsyncDisposable
{
    public const string User = "netmapper";
    public const string AuthPass = "authpass123";
    public const string PrivPass = "privpass123";

    private readonly string _directory;
    private readonly ChildProcess _process;

    private SnmpsimAgent(string directory, ChildProcess process, IPEndPoint endPoint)
    {
        _directory = directory;
        _process = process;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }
    public string Address => $"{EndPoint.Address}:{EndPoint.Port}";

    public static async Task<SnmpsimAgent> StartAsync()
    {
        Requires.Tool("snmpsimd");
        Requires.Corpus();
        var directory = Path.Combine(Path.GetTempPath(), $"netmapper-snmpsim-{Guid.NewGuid():N}");
        var data = Path.Combine(directory, "data");
        var cache = Path.Combine(directory, "cache");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(cache);
        foreach (var file in Directory.GetFiles(RepoPaths.CorpusSnmprec, "*.snmprec"))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        // nobody must read the data and write the cache.
        await ChildProcess.RunAsync("chmod", ["-R", "a+rwX", directory], TimeSpan.FromSeconds(10));
        int port = FreePort.Udp();
        var process = ChildProcess.Start("snmpsimd", [
            "--process-user=nobody", "--process-group=nogroup", $"--data-dir={data}", $"--cache-dir={cache}",
            $"--v3-user={User}", $"--v3-auth-key={AuthPass}", "--v3-auth-proto=SHA", $"--v3-priv-key={PrivPass}", "--v3-priv-proto=AES",
            $"--agent-udpv4-endpoint=127.0.0.1:{port}", "--logging-method=null"]);
        var agent = new SnmpsimAgent(directory, process, new IPEndPoint(IPAddress.Loopback, port));
        await agent.WaitUntilAnsweringAsync();
        return agent;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        await using var client = new SnmpClient();
        var target = new SnmpTarget(EndPoint, CommunityCredentials.V2c("asa")) { Timeout = TimeSpan.FromMilliseconds(500), Retries = 0 };
        var deadline = DateTime.UtcNow.AddSeconds(120); // the first start indexes every recording
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"snmpsimd exited: {_process.Stderr}");
            try { await client.GetAsync(target, [Oid.Parse("1.3.6.1.2.1.1.1.0")]); return; }
            catch (SnmpException) { await Task.Delay(250); }
        }
        throw new InvalidOperationException($"snmpsimd did not answer on {EndPoint} within 120 s: {_process.Stderr}");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
