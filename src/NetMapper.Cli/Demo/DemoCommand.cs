using Spectre.Console;
using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using NetMapper.Application.Evidence;
using NetMapper.Application.Scanning;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Cli.Scan;
using NetMapper.Diagrams;
using NetMapper.Discovery.Crawling;
using NetMapper.Lab;
using NetMapper.Lab.Spec;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Cli.Demo;

/// <summary>
/// <c>netmapper demo</c>: the first run. Serves the bundled sample network on loopback in this process, scans it with
/// the real scanner over UDP (SNMPv3 first, then the default community the sample's old devices still answer), and
/// stores the scan in DIR/netmapper.db, then writes the records (DIR/records), the EOS/EOL replacement plan
/// (DIR/lifecycle), the diagrams with their EOL badges (DIR/diagrams) and the HTML report (DIR/report.html).
/// </summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        var command = new Command("demo", "Serve the bundled sample network on loopback, scan it, and store the scan");
        var outDir = new Option<string>("--out") { Description = "output folder", DefaultValueFactory = _ => "netmapper-demo" };
        var samples = new Option<string>("--samples")
        {
            Description = "generated recordings with their lab.yaml",
            DefaultValueFactory = _ => BundledRecordings(),
        };
        var zones = new Option<string?>("--zones")
        {
            Description = "zone policy for the records (default: zones.yaml beside the recordings' folder)",
        };
        command.Options.Add(outDir);
        command.Options.Add(samples);
        command.Options.Add(zones);
        var lifecycle = new LifecycleOptions();
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, ct) =>
        {
            var sampleDir = Path.GetFullPath(result.GetValue(samples)!);
            var manifestPath = Path.Combine(sampleDir, LabManifest.FileName);
            if (!File.Exists(manifestPath))
            {
                var hint = "(write one with `netmapper lab generate`)";
                throw new UsageException($"sample folder '{sampleDir}' has no {LabManifest.FileName} {hint}");
            }
            var manifest = LabManifest.Load(manifestPath);
            var outPath = OutputFolder.Prepare(result.GetValue(outDir)!);

            var (devices, problems) = RecordingLibrary.Load(sampleDir);
            foreach (var problem in problems) await result.InvocationConfiguration.Error.WriteLineAsync($"netmapper: {problem}");
            // A v3 user with fresh random keys: the demo sets the example of SNMPv3 authPriv and stores no secret.
            var authKey = new Secret(RandomPhrase());
            var privKey = new Secret(RandomPhrase());
            var user = new UsmCredentials("netmapper-demo", AuthProtocol.Sha256, authKey, PrivProtocol.Aes128, privKey);
            await using var agents = StartAgents(manifest, devices, user);

            var scope = IpPrefix.Parse(manifest.Management);
            IReadOnlyList<IPAddress> seeds = [IPAddress.Parse(manifest.Seed)];
            IReadOnlyList<SnmpCredentials> credentials = [user, CommunityCredentials.V2c(manifest.Community)];
            var request = new CrawlRequest(seeds, new ScanScope([scope], []), credentials)
            {
                Poll = new PollOptions { Port = agents.EndPoints[0].Port, Timeout = TimeSpan.FromSeconds(1), Retries = 1 },
                // Devices without LLDP or CDP (the ASA) are found through the core's ARP table for the management subnet.
                FollowRouterArp = true,
            };
            var dbPath = Path.Combine(outPath, "netmapper.db");
            IReadOnlyList<string> credentialNames = [DevicePoller.Describe(user, 0), DevicePoller.Describe(request.Credentials[1], 1)];
            var job = new ScanJobRequest(request, dbPath, credentialNames, ToolVersion.Current);
            var terminal = Terminal.For(output);
            var serving = $"Serving {agents.EndPoints.Count} recorded devices of '{manifest.Network}' "
                + $"on {manifest.Management} port {agents.EndPoints[0].Port}; ";
            var scanning = $"scanning from {manifest.Seed} with SNMPv3 authPriv (SHA-256/AES-128), then v2c '{manifest.Community}'";
            terminal.WriteLine(serving + scanning);
            var scan = await ScanJob.RunAsync(job, progress: null, ct);
            var assessed = lifecycle.Assess(result, scan.Graph);
            ScanSummary.Write(terminal, scan.Info, scan.Graph, assessed.Rows);
            AuditTrail.Record(dbPath, result, scan.Info.Status == ScanStatus.Complete ? ExitCodes.Ok
                : ct.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Failed, scan.Info.Id);
            if (scan.Info.Status != ScanStatus.Complete)
            {
                // Evidence from a scan that did not finish is not written unasked; when asked, it says so on every page.
                var recordsCommand = $"{SelfCommand.Name} records --db {dbPath} --scan {scan.Info.Id} --out DIR";
                terminal.WriteLine($"Scan {scan.Info.Id} is incomplete: no records, plan or diagrams were written. "
                    + $"Write them, marked incomplete, with `{recordsCommand}` (and diagram, lifecycle plan).");
                return ct.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Failed;
            }
            var showCommand = $"{SelfCommand.Name} show devices --db {dbPath}";
            terminal.WriteLine($"Scan stored in {dbPath}; look at it with `{showCommand}`");

            var zonesFile = result.GetValue(zones) ?? Path.GetFullPath(Path.Combine(sampleDir, "..", "zones.yaml"));
            var policy = StoredScan.Policy(File.Exists(zonesFile) || result.GetValue(zones) is not null ? zonesFile : null);
            var evidence = new EvidenceRequest(scan.Scan, policy, assessed.Rows, assessed.Policy, "zh-TW", manifest.Network, dbPath,
                outPath, ["svg", "png", "pdf", "drawio"]);
            var written = EvidenceJob.Run(evidence);
            var recordNames = string.Join(", ", written.Records.Select(Path.GetFileName));
            terminal.WriteLine($"Records (Art. 4.2, zones from {policy.Source}) written to {Path.Combine(outPath, "records")}: "
                + recordNames);
            var asOf = NetMapper.Lifecycle.IsoDate.Format(assessed.Policy.AsOf);
            terminal.WriteLine($"EOS/EOL replacement plan (Art. 6, as of {asOf}) written to "
                + $"{Path.Combine(outPath, "lifecycle")}: {string.Join(", ", written.Plan.Select(Path.GetFileName))}");
            terminal.WriteLine($"Diagrams (Art. 4: physical, logical and {ZonePageCount(written.Diagrams)} zone pages) " +
                $"written to {Path.Combine(outPath, "diagrams")}");
            terminal.WriteLine($"All of it as one offline page (open it in a browser): {written.Report}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string BundledRecordings() =>
        Path.Combine(AppContext.BaseDirectory, "topology-samples", "securities-hq", "recordings");

    /// <summary>One SVG per zone page: the files named -zones- that end in .svg.</summary>
    private static int ZonePageCount(IEnumerable<string> diagrams) =>
        diagrams.Count(d => d.Contains("-zones-", StringComparison.Ordinal) && d.EndsWith(".svg", StringComparison.Ordinal));

    /// <summary>Every answering device at its own loopback address, all on one free port (the scanner polls one port).</summary>
    private static RecordedAgent StartAgents(LabManifest manifest, IReadOnlyList<RecordedDevice> devices, UsmCredentials user)
    {
        for (int attempt = 1; ; attempt++)
        {
            int port = FreePort(IPAddress.Parse(manifest.Seed));
            try { return RecordedAgent.Start(LabAgents.Settings(manifest, devices, port, [user])); }
            catch (SocketException) when (attempt < 5) { } // taken on another address meanwhile: pick again
        }
    }

    private static int FreePort(IPAddress address)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(address, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    private static string RandomPhrase() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
