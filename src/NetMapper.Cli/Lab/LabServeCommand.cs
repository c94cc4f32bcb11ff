using System.CommandLine;
using System.Net;
using NetMapper.Cli.Common;
using NetMapper.Lab;
using NetMapper.Lab.Spec;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;

namespace NetMapper.Cli.Lab;

/// <summary><c>netmapper lab serve DIR</c>: serves snmprec recordings as live agents until Ctrl-C or SIGTERM.</summary>
internal static class LabServeCommand
{
    public static Command Build()
    {
        var lab = new Command("lab", "Simulated devices for tests, demos and support cases");
        var serve = new Command("serve", "Serve a folder of snmprec recordings as SNMP agents");
        var directory = new Argument<string>("dir") { Description = "folder of *.snmprec files" };
        var listen = new Option<string?>("--listen")
        {
            Description = "one address for all recordings; community = file name (default 127.0.0.1:1161, or DIR/lab.yaml's layout)",
        };
        var firstAddress = new Option<string?>("--first-address")
        {
            Description = "one recording per address from this one on, in file-name order; community 'public'",
        };
        var port = new Option<int>("--port") { Description = "UDP port with --first-address", DefaultValueFactory = _ => 1161 };
        var community = new Option<string>("--community")
        {
            Description = "community with --first-address",
            DefaultValueFactory = _ => "public",
        };
        var users = new Option<string[]>("--v3-user")
        {
            Description = $"SNMPv3 user {V3UserSpec.Syntax} (repeatable; 'none' for no auth/priv)",
            AllowMultipleArgumentsPerToken = false,
        };
        var allowAny = new Option<bool>("--allow-any-address") { Description = "listen on addresses other than loopback" };
        var maxSize = new Option<int>("--max-message-size")
        {
            Description = "largest response in octets",
            DefaultValueFactory = _ => 65507,
        };
        var delay = new Option<double>("--delay-ms")
        {
            Description = "milliseconds each response waits, to replay a slow device",
            DefaultValueFactory = _ => 0,
        };
        serve.Arguments.Add(directory);
        var options = new Option[] { listen, firstAddress, port, community, users, allowAny, maxSize, delay };
        foreach (Option option in options) serve.Options.Add(option);

        serve.SetGuardedAction(async (result, output, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var dir = result.GetValue(directory)!;
            if (!Directory.Exists(dir)) throw new UsageException($"recording folder '{dir}' does not exist");
            int messageSize = result.GetValue(maxSize);
            if (messageSize is < 484 or > 65507) throw new UsageException($"--max-message-size {messageSize}: must be from 484 to 65507");
            double delayMs = result.GetValue(delay);
            if (!(delayMs >= 0 && delayMs <= 60_000)) throw new UsageException($"--delay-ms {delayMs}: must be from 0 to 60000");
            var v3Users = (result.GetValue(users) ?? []).Select(V3UserSpec.Parse).ToArray();

            var manifestPath = Path.Combine(dir, LabManifest.FileName);
            bool fromManifest = result.GetValue(listen) is null && result.GetValue(firstAddress) is null && File.Exists(manifestPath);
            var layout = fromManifest
                ? ManifestLayout(manifestPath, result.GetValue(port), v3Users)
                : Layout(
                    result.GetValue(listen),
                    result.GetValue(firstAddress),
                    result.GetValue(port),
                    result.GetValue(community)!,
                    v3Users);

            var (devices, problems) = RecordingLibrary.Load(dir);
            foreach (var problem in problems) await error.WriteLineAsync($"netmapper: {problem}");
            if (devices.Count == 0) throw new UsageException($"'{dir}' holds no .snmprec recordings");

            var responseDelay = TimeSpan.FromMilliseconds(delayMs);
            var settings = layout(devices).Select(s => s with { MaxMessageSize = messageSize, ResponseDelay = responseDelay }).ToArray();
            if (!result.GetValue(allowAny))
                foreach (var s in settings.Where(s => !IPAddress.IsLoopback(s.EndPoint.Address)))
                    throw new UsageException($"{s.EndPoint.Address} is not a loopback address; add --allow-any-address to serve on it");

            await using var agent = RecordedAgent.Start(settings);
            foreach (var (s, endPoint) in settings.Zip(agent.EndPoints))
            {
                var communities = string.Join(", ", s.Communities.Keys.Order(StringComparer.Ordinal));
                await output.WriteLineAsync($"{endPoint}  {communities}");
            }
            await output.WriteLineAsync($"serving {devices.Count} recordings on {settings.Length} address(es); Ctrl-C to stop");
            await output.FlushAsync(ct);
            try { await Task.Delay(Timeout.Infinite, ct); }
            catch (OperationCanceledException) { }
            return ExitCodes.Ok;
        });
        lab.Subcommands.Add(serve);
        lab.Subcommands.Add(LabGenerateCommand.Build());
        return lab;
    }

    /// <summary>Each device at its address from lab.yaml, answering SNMPv3 only, v2c with the lab's community, or nothing.</summary>
    private static Func<IReadOnlyList<RecordedDevice>, IEnumerable<AgentEndpointSettings>> ManifestLayout(
        string path, int port, IReadOnlyList<UsmCredentials> users)
    {
        if (port is <= 0 or > 65535) throw new UsageException($"--port {port}: not a port from 1 to 65535");
        var manifest = LabManifest.Load(path);
        return devices => LabAgents.Settings(manifest, devices, port, users);
    }

    /// <summary>Checks the address options before anything is loaded, and returns how to lay devices out.</summary>
    private static Func<IReadOnlyList<RecordedDevice>, IEnumerable<AgentEndpointSettings>> Layout(
        string? listen, string? firstAddress, int port, string community, IReadOnlyList<UsmCredentials> users)
    {
        if (listen is not null && firstAddress is not null) throw new UsageException("use either --listen or --first-address, not both");
        if (firstAddress is null)
        {
            var endPoint = EndpointParser.ParseLiteral(listen ?? "127.0.0.1:1161", 1161);
            return devices => [AgentLayouts.SingleAddress(endPoint, devices, users)];
        }
        if (!IPAddress.TryParse(firstAddress, out var first))
            throw new UsageException($"--first-address '{firstAddress}' is not an IP address");
        if (port is <= 0 or > 65535) throw new UsageException($"--port {port}: not a port from 1 to 65535");
        return devices =>
        {
            try { return AgentLayouts.ConsecutiveAddresses(first, port, devices, users, community); }
            catch (ArgumentOutOfRangeException e) { throw new UsageException(e.Message); }
        };
    }
}
