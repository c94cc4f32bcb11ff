using System.Net;
using NetMapper.Snmp;

namespace NetMapper.Testing;

/// <summary>Debian's snmpd on 127.0.0.1 and a free port, with a v2c community and SNMPv3 users of several protocols.</summary>
public sealed class SnmpdAgent : ExternalAgent
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

    private SnmpdAgent(string directory, ChildProcess process, IPEndPoint endPoint) : base(directory, process, endPoint) { }

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
        var sysName = Oid.Parse("1.3.6.1.2.1.1.5.0");
        await agent.WaitUntilAnsweringAsync(CommunityCredentials.V2c(Community), sysName, TimeSpan.FromSeconds(10), agent.ReadLog);
        return agent;
    }

    private string ReadLog()
    {
        var log = Path.Combine(WorkDirectory, "snmpd.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }
}
