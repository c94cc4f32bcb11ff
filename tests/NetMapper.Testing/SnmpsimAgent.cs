using System.Net;
using NetMapper.Snmp;

namespace NetMapper.Testing;

/// <summary>
/// Debian's snmpsim serving the shared corpus on one loopback address: community (and v3 context) = recording
/// name; SNMPv3 user <see cref="User"/> with SHA/AES. snmpsimd runs as nobody, so the recordings are copied to a
/// world-readable temporary folder (they never enter the project).
/// </summary>
public sealed class SnmpsimAgent : ExternalAgent
{
    public const string User = "netmapper";
    public const string AuthPass = "authpass123";
    public const string PrivPass = "privpass123";

    private SnmpsimAgent(string directory, ChildProcess process, IPEndPoint endPoint) : base(directory, process, endPoint) { }

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
        // The first start indexes every recording: allow two minutes.
        var sysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
        await agent.WaitUntilAnsweringAsync(CommunityCredentials.V2c("asa"), sysDescr, TimeSpan.FromMinutes(2), () => "");
        return agent;
    }
}
