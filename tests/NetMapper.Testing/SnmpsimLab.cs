using System.Globalization;
using System.Net;
using NetMapper.Snmp;

namespace NetMapper.Testing;

/// <summary>
/// One Debian snmpsim process serving recordings one per loopback address (corpus README, "One recording per
/// address"): community <see cref="Community"/>, and <c>public@VLAN</c> for a recording's per-VLAN files. snmpsim is
/// single-threaded, so many devices behind it behave like one overloaded agent. It runs as nobody from a copy of the
/// recordings in a world-readable temporary folder; disposing stops that process by its PID.
/// </summary>
public sealed class SnmpsimLab : ExternalAgent
{
    public const string Community = "public";

    private SnmpsimLab(string directory, ChildProcess process, IPEndPoint first, IReadOnlyList<IPEndPoint> endPoints)
        : base(directory, process, first) => EndPoints = endPoints;

    /// <summary>Where each recording is served, in the order given.</summary>
    public IReadOnlyList<IPEndPoint> EndPoints { get; }

    /// <param name="recordings">snmprec files; per-VLAN siblings (<c>name@VLAN.snmprec</c>) are served with each.</param>
    public static async Task<SnmpsimLab> StartAsync(IReadOnlyList<string> recordings, IPAddress first, int port)
    {
        Requires.Tool("snmpsimd");
        var directory = Path.Combine(Path.GetTempPath(), $"netmapper-snmpsimlab-{Guid.NewGuid():N}");
        var cache = Path.Combine(directory, "cache");
        Directory.CreateDirectory(cache);
        var arguments = new List<string>();
        var endPoints = new List<IPEndPoint>();
        for (int i = 0; i < recordings.Count; i++)
        {
            var data = Path.Combine(directory, $"d{i}");
            Directory.CreateDirectory(data);
            File.Copy(recordings[i], Path.Combine(data, $"{Community}.snmprec"));
            foreach (var vlanFile in PerVlanFiles(recordings[i]))
                File.Copy(vlanFile, Path.Combine(data, $"{Community}@{Path.GetFileName(vlanFile).Split('@')[1]}"));
            var endPoint = new IPEndPoint(Snmp.Agent.AgentLayouts.Offset(first, i), port);
            endPoints.Add(endPoint);
            string engineId = string.Create(CultureInfo.InvariantCulture, $"80001f8880{i + 1:x14}");
            arguments.AddRange([$"--v3-engine-id={engineId}", $"--data-dir={data}", $"--agent-udpv4-endpoint={endPoint}"]);
        }
        var argumentsFile = Path.Combine(directory, "args.txt");
        await File.WriteAllLinesAsync(argumentsFile, arguments);
        await ChildProcess.RunAsync("chmod", ["-R", "a+rwX", directory], TimeSpan.FromSeconds(10)); // nobody reads and caches
        var process = ChildProcess.Start("snmpsimd", ["--process-user=nobody", "--process-group=nogroup", $"--cache-dir={cache}",
            "--logging-method=null", $"--args-from-file={argumentsFile}"]);
        var lab = new SnmpsimLab(directory, process, endPoints[0], endPoints);
        // The first start indexes every recording: allow two minutes.
        var sysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
        await lab.WaitUntilAnsweringAsync(CommunityCredentials.V2c(Community), sysDescr, TimeSpan.FromMinutes(2), () => "");
        return lab;
    }

    private static IEnumerable<string> PerVlanFiles(string recording)
    {
        var name = Path.GetFileNameWithoutExtension(recording);
        return Directory.GetFiles(Path.GetDirectoryName(recording)!, $"{name}@*.snmprec").Order(StringComparer.Ordinal);
    }
}
