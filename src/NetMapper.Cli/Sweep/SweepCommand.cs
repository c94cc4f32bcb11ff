using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using NetMapper.Capture;
using NetMapper.Application.Scanning;
using NetMapper.Capture.Sweeps;
using NetMapper.Cli.Common;
using NetMapper.Discovery.Oui;
using NetMapper.Topology;
using Spectre.Console;

namespace NetMapper.Cli.Sweep;

/// <summary><c>netmapper sweep arp|icmp --range CIDR</c>: which addresses are alive.</summary>
internal static class SweepCommand
{
    public static Command Build()
    {
        var sweep = new Command("sweep", "Find live addresses with ARP (on-link) or ICMP echo (routed)");
        sweep.Subcommands.Add(Method(SweepMethod.Arp, "ARP sweep of on-link ranges through one interface (root or CAP_NET_RAW)"));
        sweep.Subcommands.Add(Method(SweepMethod.Icmp, "ICMP echo sweep (raw socket, or the unprivileged ICMP socket)"));
        return sweep;
    }

    private static Command Method(SweepMethod method, string description)
    {
        bool needsInterface = method == SweepMethod.Arp;
        var command = new Command(method.Name(), description);
        var ranges = new Option<string[]>("--range") { Description = "CIDR to sweep (repeatable)", Required = true };
        var exclude = new Option<string[]>("--exclude") { Description = "CIDR never probed (repeatable)" };
        var iface = new Option<string?>("--interface") { Description = "interface to send ARP on", Required = needsInterface };
        var rate = new Option<int>("--rate") { Description = "probes per second", DefaultValueFactory = _ => 10_000 };
        var limit = new Option<int>("--limit")
        {
            Description = "largest number of addresses a sweep may probe",
            DefaultValueFactory = _ => SweepTargets.DefaultLimit,
        };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        command.Options.Add(ranges);
        command.Options.Add(exclude);
        if (needsInterface) command.Options.Add(iface);
        foreach (Option option in new Option[] { rate, limit, json }) command.Options.Add(option);

        command.SetGuardedAction(async (result, output, ct) =>
        {
            var include = PrefixInput.Parse(result.GetValue(ranges) ?? [], "--range");
            var excluded = PrefixInput.Parse(result.GetValue(exclude) ?? [], "--exclude");
            int perSecond = result.GetValue(rate);
            if (perSecond is < 1 or > 1_000_000) throw new UsageException($"--rate {perSecond} must be from 1 to 1000000");
            // Vendor names load on another core while the sweep mostly waits for replies.
            var vendors = Task.Run(OuiRegistry.LoadDefault, ct);
            var sweepResult = await RunAsync(method, result.GetValue(iface), include, excluded, perSecond, result.GetValue(limit), ct);
            Print(output, sweepResult, await vendors, result.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs one sweep; a range larger than the limit is bad input.</summary>
    private static async Task<SweepResult> RunAsync(SweepMethod method, string? interfaceName, IReadOnlyList<IpPrefix> ranges,
        IReadOnlyList<IpPrefix> exclude, int rate, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<System.Net.IPAddress> targets;
        try { targets = SweepRun.Targets(ranges, exclude, limit); }
        catch (ArgumentException e) { throw new UsageException($"{e.Message} (--limit)"); }
        return await SweepRun.RunAsync(method, interfaceName, targets, rate, cancellationToken);
    }

    private static void Print(TextWriter output, SweepResult result, OuiRegistry oui, bool json)
    {
        var hosts = result.Hits.Select(h => ToHost(h, oui)).ToArray();
        if (json)
        {
            output.WriteLine(Json(result, hosts));
            return;
        }
        var table = Tables.Create("ip", "mac", "vendor", "rtt ms");
        foreach (var h in hosts)
        {
            var rtt = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{h.RttMs:0.###}");
            table.AddCells(h.Address?.ToString() ?? "", h.Mac?.ToString() ?? "", h.Vendor, rtt);
        }
        var terminal = Terminal.For(output);
        table.Write(terminal);
        terminal.WriteLine($"{result.Method.Name()}: {hosts.Length} alive of {result.Probed} probed ({result.PacketsSent} probes) "
            + $"in {result.Elapsed.TotalSeconds:0.00} s");
        foreach (var (address, macs) in result.Conflicts) terminal.WriteLine($"conflict: {address} answers from {string.Join(", ", macs)}");
    }

    private static Host ToHost(SweepHit hit, OuiRegistry oui) => new(hit.Address, hit.Mac)
    {
        Vendor = hit.Mac is { } m ? oui.VendorOf(m) : "",
        RttMs = Math.Round(hit.RttMs, 3),
    };

    /// <summary>
    /// Written with Utf8JsonWriter rather than the reflection serializer, whose first use costs more time than a /24 sweep.
    /// </summary>
    private static string Json(SweepResult result, IReadOnlyList<Host> hosts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("method", result.Method.Name());
            writer.WriteNumber("probed", result.Probed);
            writer.WriteNumber("packetsSent", result.PacketsSent);
            writer.WriteNumber("seconds", Math.Round(result.Elapsed.TotalSeconds, 3));
            writer.WriteStartArray("hosts");
            foreach (var h in hosts)
            {
                writer.WriteStartObject();
                writer.WriteString("ip", h.Address?.ToString());
                writer.WriteString("mac", h.Mac?.ToString());
                writer.WriteString("vendor", h.Vendor);
                if (h.RttMs is { } rtt) writer.WriteNumber("rttMs", rtt); else writer.WriteNull("rttMs");
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("conflicts");
            foreach (var (address, macs) in result.Conflicts)
            {
                writer.WriteStartObject();
                writer.WriteString("ip", address.ToString());
                writer.WriteStartArray("macs");
                foreach (var mac in macs) writer.WriteStringValue(mac.ToString());
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
