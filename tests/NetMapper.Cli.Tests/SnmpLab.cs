using System.Diagnostics;

namespace NetMapper.Cli.Tests;

/// <summary>
/// A small head office in namespaces, each device running Debian's snmpd with lldpd as its AgentX subagent:
/// <code>
/// isp ─outside─ fw ─dmz─ web          (data links carry LLDP)
///                └─inside─ core ─p2─ srv1   core bridges p2/p3 as VLAN 10 (bridge vlan10, 10.1.10.1/24)
///                             └─p3─ srv2
/// mgmt: every device and the scanner (10.99.0.100) on a Linux bridge that does not forward LLDP; ws1 is a plain host there.
/// </code>
/// </summary>
internal sealed class SnmpLab : IAsyncDisposable
{
    public const string User = "netmapper", AuthPass = "lab-auth-pass1", PrivPass = "lab-priv-pass1";
    public static readonly string V3User = $"{User}:SHA-256:{AuthPass}:AES:{PrivPass}";

    /// <summary>Device, management address, data links (interface, address/prefix or null).</summary>
    public static readonly (string Name, string Mgmt)[] Devices =
    [
        ("isp", "10.99.0.1"), ("fw", "10.99.0.2"), ("web", "10.99.0.3"),
        ("core", "10.99.0.4"), ("srv1", "10.99.0.5"), ("srv2", "10.99.0.6"),
    ];

    public static readonly (string A, string AIf, string B, string BIf)[] Cables =
    [
        ("isp", "to-fw", "fw", "outside"),
        ("fw", "dmz", "web", "eth0"),
        ("fw", "inside", "core", "p1"),
        ("core", "p2", "srv1", "eth0"),
        ("core", "p3", "srv2", "eth0"),
    ];

    private static readonly Dictionary<string, string[]> Addresses = new()
    {
        ["isp"] = ["to-fw 203.0.113.1/29"],
        ["fw"] = ["outside 203.0.113.2/29", "dmz 172.16.50.1/24", "inside 10.1.255.1/30"],
        ["web"] = ["eth0 172.16.50.10/24"],
        ["core"] = ["p1 10.1.255.2/30", "vlan10 10.1.10.1/24"],
        ["srv1"] = ["eth0 10.1.10.11/24"],
        ["srv2"] = ["eth0 10.1.10.12/24"],
    };

    private readonly NamespaceLab _lab;
    private readonly string _work;

    private SnmpLab(NamespaceLab lab, string work)
    {
        _lab = lab;
        _work = work;
    }

    public NamespaceLab Lab => _lab;
    public string Scanner => _lab.Name("scan");
    public string Ns(string device) => _lab.Name(device);

    public static async Task<SnmpLab> StartAsync()
    {
        Requires.Tool("snmpd");
        Requires.Tool("lldpd");
        Requires.Tool("lldpcli");
        var lab = await NamespaceLab.CreateAsync();
        var work = Path.Combine(Path.GetTempPath(), $"netmapper-snmplab-{Guid.NewGuid():N}");
        var snmpLab = new SnmpLab(lab, work);
        try
        {
            await snmpLab.BuildAsync();
            return snmpLab;
        }
        catch
        {
            await snmpLab.DisposeAsync();
            throw;
        }
    }

    private async Task BuildAsync()
    {
        Directory.CreateDirectory(_work);
        await ChildProcess.RunAsync("chmod", ["0755", _work], TimeSpan.FromSeconds(5)); // lldpd drops to _lldpd and must reach its socket
        var mgmt = await _lab.AddNamespaceAsync("mgmt");
        await _lab.ExecAsync(mgmt, "ip", "link", "add", "br0", "type", "bridge");
        await _lab.ExecAsync(mgmt, "ip", "link", "set", "br0", "up");
        foreach (var (name, _) in Devices) await _lab.AddNamespaceAsync(name);
        await _lab.AddNamespaceAsync("scan");
        await _lab.AddNamespaceAsync("ws1");

        foreach (var (name, address) in Devices) await OnManagementAsync(Ns(name), address);
        await OnManagementAsync(Scanner, "10.99.0.100");
        await OnManagementAsync(_lab.Name("ws1"), "10.99.0.50");

        foreach (var (a, aIf, b, bIf) in Cables)
        {
            await _lab.ConnectAsync(Ns(a), aIf, Ns(b), bIf);
            await _lab.ExecAsync(Ns(a), "ip", "link", "set", aIf, "up");
            await _lab.ExecAsync(Ns(b), "ip", "link", "set", bIf, "up");
        }
        // The core switch: p2 and p3 form VLAN 10's broadcast domain, a bridge whose own interface is the SVI (10.1.10.1).
        // (A plain bridge per VLAN: VLAN-aware bridges need kernel support some sandboxes lack.)
        var core = Ns("core");
        await _lab.ExecAsync(core, "ip", "link", "add", "vlan10", "type", "bridge");
        foreach (var port in new[] { "p2", "p3" }) await _lab.ExecAsync(core, "ip", "link", "set", port, "master", "vlan10");
        await _lab.ExecAsync(core, "ip", "link", "set", "vlan10", "up");

        foreach (var (name, entries) in Addresses)
            foreach (var entry in entries)
            {
                var parts = entry.Split(' ');
                await _lab.ExecAsync(Ns(name), "ip", "address", "add", parts[1], "dev", parts[0]);
            }

        foreach (var (name, address) in Devices) await StartAgentsAsync(name, address);
        await WaitForLldpAsync();
    }

    /// <summary>One more plain host (no SNMP, no LLDP) on the management network.</summary>
    public async Task AddPlainHostAsync(string name, string address) =>
        await OnManagementAsync(await _lab.AddNamespaceAsync(name), address);

    /// <summary>Cables a namespace to the management bridge and gives it its address there (a /24).</summary>
    private async Task OnManagementAsync(string ns, string address)
    {
        var mgmt = _lab.Name("mgmt");
        string port = $"m-{ns[(ns.LastIndexOf('-') + 1)..]}";
        await _lab.ConnectAsync(ns, "mgmt0", mgmt, port);
        await _lab.ExecAsync(mgmt, "ip", "link", "set", port, "master", "br0");
        await _lab.ExecAsync(mgmt, "ip", "link", "set", port, "up");
        await _lab.ExecAsync(ns, "ip", "link", "set", "mgmt0", "up");
        await _lab.ExecAsync(ns, "ip", "address", "add", $"{address}/24", "dev", "mgmt0");
    }

    private async Task StartAgentsAsync(string name, string mgmtAddress)
    {
        var dir = Path.Combine(_work, name);
        Directory.CreateDirectory(dir);
        await ChildProcess.RunAsync("chmod", ["0755", dir], TimeSpan.FromSeconds(5));
        var agentx = Path.Combine(dir, "agentx.sock");
        await File.WriteAllLinesAsync(Path.Combine(dir, "snmpd.conf"),
        [
            $"agentAddress udp:{mgmtAddress}:161",
            $"createUser {User} SHA-256 {AuthPass} AES {PrivPass}",
            $"rouser {User} priv",
            $"sysName {name}",
            "master agentx",
            $"agentXSocket {agentx}",
            "agentXPerms 0777 0777",
        ]);
        _lab.Start(Ns(name), "snmpd", "-f", "-C", "-c", Path.Combine(dir, "snmpd.conf"), $"--persistentDir={Path.Combine(dir, "persist")}",
            "-p", Path.Combine(dir, "snmpd.pid"), "-Lf", Path.Combine(dir, "snmpd.log"));
        await WaitForFileAsync(agentx);
        string[] lldpdConf = [$"configure system hostname {name}", "configure lldp tx-interval 5"];
        await File.WriteAllLinesAsync(Path.Combine(dir, "lldpd.conf"), lldpdConf);
        var portsAsA = Cables.Where(c => c.A == name).Select(c => c.AIf);
        var portsAsB = Cables.Where(c => c.B == name).Select(c => c.BIf);
        var dataPorts = string.Join(',', portsAsA.Concat(portsAsB));
        _lab.Start(Ns(name), "lldpd", "-d", "-u", Path.Combine(dir, "lldpd.ctl"), "-O", Path.Combine(dir, "lldpd.conf"),
            "-x", "-X", agentx, "-m", mgmtAddress, "-I", dataPorts);
    }

    private static async Task WaitForFileAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        while (!File.Exists(path) && watch.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(100);
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} did not appear: snmpd did not start");
    }

    /// <summary>Until every cable is an LLDP adjacency on both ends (lldpd needs a few transmit intervals).</summary>
    private async Task WaitForLldpAsync()
    {
        var expected = Devices.ToDictionary(d => d.Name, d => Cables.Count(c => c.A == d.Name || c.B == d.Name));
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            bool all = true;
            foreach (var (name, count) in expected)
            {
                string[] showNeighbors = ["-u", Path.Combine(_work, name, "lldpd.ctl"), "-f", "keyvalue", "show", "neighbors"];
                var (_, output, _) = await ChildProcess.RunAsync("lldpcli", showNeighbors, TimeSpan.FromSeconds(10));
                int seen = output.Split('\n').Count(l => l.Contains(".chassis.name=", StringComparison.Ordinal));
                if (seen < count) { all = false; break; }
            }
            if (all) return;
            await Task.Delay(500);
        }
        throw new InvalidOperationException("LLDP adjacencies did not form within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        await _lab.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

}
