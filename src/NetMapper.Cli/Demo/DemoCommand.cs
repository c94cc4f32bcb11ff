using System.CommandLine;
using System.Net;

using NetMapper.Cli.Common;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Cli.Demo;

/// <summary>
/// <c>netmapper demo</c>: the first run. Serves the bundled sample network on loopback in this process and polls
/// every device over real UDP with SNMPv3 authPriv, then writes what it found. Later stages (scan store,
/// diagrams, records) join this command as they land.
/// </summary>
internal static class DemoCommand
{
    private static readonly Oid SystemGroup = Oid.Parse("1.3.6.1.2.1.1");
    private static readonly Oid Interfaces = Oid.Parse("1.3.6.1.2.1.2.2.1.2");
    private static readonly Oid Addresses = Oid.Parse("1.3.6.1.2.1.4.20.1.1");

    public static Command Build()
    {
        var command = new Command("demo", "Serve the bundled sample network on loopback and poll it with NetMapper's SNMP engine");
        var outDir = new Option<string>("--out") { Description = "output folder", DefaultValueFactory = _ => "netmapper-demo" };
        var samples = new Option<string>("--samples") { Description = "recordings to serve", DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "topology-samples", "securities-hq") };
        command.Options.Add(outDir);
        command.Options.Add(samples);
        command.SetGuardedAction(async (result, output, ct) =>
        {
            var sampleDir = result.GetValue(samples)!;
            if (!Directory.Exists(sampleDir)) throw new UsageException($"sample folder '{sampleDir}' does not exist");
            var outPath = Path.GetFullPath(result.GetValue(outDir)!);
            Directory.CreateDirectory(outPath);

            var (devices, problems) = RecordingLibrary.Load(sampleDir);
            foreach (var problem in problems) await result.InvocationConfiguration.Error.WriteLineAsync($"netmapper: {problem}");
            // A v3 user with fresh random keys: the demo sets the example of SNMPv3 authPriv and stores no secret.
            var user = new UsmCredentials("netmapper-demo", AuthProtocol.Sha256, new Secret(RandomPhrase()), PrivProtocol.Aes128, new Secret(RandomPhrase()));
            var settings = AgentLayouts.ConsecutiveAddresses(IPAddress.Parse("127.0.0.11"), 0, devices, [user]);
            await using var agents = RecordedAgent.Start(settings);
            await using var client = new SnmpClient();

            var rows = new List<string[]>();
            var walkDir = Path.Combine(outPath, "walks");
            Directory.CreateDirectory(walkDir);
            foreach (var (device, endPoint) in devices.Zip(agents.EndPoints))
            {
                var target = new SnmpTarget(endPoint, user);
                var found = new List<Varbind>();
                foreach (var root in new[] { SystemGroup, Interfaces, Addresses })
                {
                    var walk = await client.WalkAsync(target, root, cancellationToken: ct);
                    if (walk.Error is not null) throw walk.Error;
                    found.AddRange(walk.Varbinds);
                }
                await File.WriteAllLinesAsync(Path.Combine(walkDir, device.Name + ".txt"), found.Select(vb => vb.ToString()), ct);
                rows.Add([Text(found, "1.3.6.1.2.1.1.5.0"), endPoint.ToString(), Count(found, Interfaces).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(' ', found.Where(vb => vb.Oid.StartsWith(Addresses)).Select(vb => vb.Value.FormatValue())), Shorten(Text(found, "1.3.6.1.2.1.1.1.0"), 60)]);
            }

            await output.WriteLineAsync($"Polled {rows.Count} sample devices over SNMPv3 authPriv (SHA-256/AES-128) on loopback:");
            await TextTable.WriteAsync(output, ["device", "agent", "ifs", "addresses", "sysDescr"], rows);
            await output.WriteLineAsync($"Walks written to {walkDir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string RandomPhrase() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    private static string Text(List<Varbind> found, string oid) =>
        found.FirstOrDefault(vb => vb.Oid == Oid.Parse(oid))?.Value is OctetStringValue s ? s.Text : "";
    private static int Count(List<Varbind> found, Oid column) => found.Count(vb => vb.Oid.StartsWith(column));
    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
