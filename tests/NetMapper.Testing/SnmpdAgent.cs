using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;

namespace NetMapper.Testing;

/// <summary>Debian's snmpd on 127.0.0.1 and a free port, with a v2c community and SNMPv3 users of several protocols.</summary>
public sealed class SnmpdAgent : IAsyncDisposable
{
    public const string Community = "nm-public";
    public const string AuthPass = "nm-authpass-1";
    public const string PrivPass = "nm-privpass-1";

    /// <summary>The v3 users: name, auth, priv (as net-snmp spells them).</summary>
    public static readonly (string User, string Auth, string Priv)[] Users =
    [
        ("md5des", "MD5", "DES"),
        ("shaaes", "SHA", "AES"),
        ("sha256aes256", "SHA-256", "AES-256"),
        ("sha512aes192", "SHA-512", "AES-192"),
        ("sha224auth", "SHA-224", "none"),
    ];

    private readonly string _directory;
    private readonly ChildProcess _process;

    private SnmpdAgent(string directory, ChildProcess process, IPEndPoint endPoint)
    {
        _directory = directory;
        _process = process;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }
    public string Address => $"{EndPoint.Address}:{EndPoint.Port}";

    public static async Task<SnmpdAgent> StartAsync(IEnumerable<string>? extraConfig = null)
    {
        Requires.Tool("snmpd");
        var directory = Directory.CreateTempSubdirectory("netmapper-snmpd-").FullName;
        int port = FreePort.Udp();
        var config = new List<string>
        {
            $"agentAddress udp:127.0.0.1:{port}",
            $"rocommunity {Community} 127.0.0.1",
            "sysName netmapper-snmpd",
            "sysLocation test rack",
        };
        foreach (var (user, auth, priv) in Users)
        {
            config.Add(priv == "none" ? $"createUser {user} {auth} {AuthPass}" : $"createUser {user} {auth} {AuthPass} {priv} {PrivPass}");
            config.Add($"rouser {user} {(priv == "none" ? "auth" : "priv")}");
        }
        config.AddRange(extraConfig ?? []);
        var configPath = Path.Combine(directory, "snmpd.conf");
        await File.WriteAllLinesAsync(configPath, config);
        var process = ChildProcess.Start("snmpd", ["-f", "-C", "-c", configPath, $"--persistentDir={Path.Combine(directory, "persist")}",
            "-p", Path.Combine(directory, "snmpd.pid"), "-Lf", Path.Combine(directory, "snmpd.log")]);
        var agent = new SnmpdAgent(directory, process, new IPEndPoint(IPAddress.Loopback, port));
        await agent.WaitUntilAnsweringAsync();
        return agent;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        await using var client = new SnmpClient();
        var target = new SnmpTarget(EndPoint, CommunityCredentials.V2c(Community)) { Timeout = TimeSpan.FromMilliseconds(200), Retries = 0 };
        for (int i = 0; i < 50; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"snmpd exited: {_process.Stderr} {ReadLog()}");
            try { await client.GetAsync(target, [Oid.Parse("1.3.6.1.2.1.1.5.0")]); return; }
            catch (SnmpException) { await Task.Delay(100); }
        }
        throw new InvalidOperationException($"snmpd did not answer on {EndPoint}: {ReadLog()}");
    }

    private string ReadLog()
    {
        var log = Path.Combine(_directory, "snmpd.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
