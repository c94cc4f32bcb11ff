using System.CommandLine;
using System.Text.Json;
using NetMapper.Capture;
using NetMapper.Capture.Neighbors;
using NetMapper.Cli.Common;
using NetMapper.Storage;
using Spectre.Console;

namespace NetMapper.Cli.Sweep;

/// <summary><c>netmapper capture neighbors --file F | --interface IF [--seconds N]</c>: LLDP/CDP heard on the wire.</summary>
internal static class CaptureCommand
{
    public static Command Build()
    {
        var capture = new Command("capture", "Listen for LLDP and CDP advertisements");
        var neighbors = new Command("neighbors", "LLDP/CDP neighbours from a pcap file or a live interface (root or CAP_NET_RAW)");
        var file = new Option<string?>("--file") { Description = "read a pcap file" };
        var iface = new Option<string?>("--interface") { Description = "listen on an interface" };
        var seconds = new Option<double>("--seconds")
        {
            Description = "how long to listen (LLDP repeats every 30 s)",
            DefaultValueFactory = _ => 35,
        };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        foreach (Option option in new Option[] { file, iface, seconds, json }) neighbors.Options.Add(option);
        neighbors.SetGuardedAction(async (result, output, ct) =>
        {
            var (path, name) = (result.GetValue(file), result.GetValue(iface));
            if ((path is null) == (name is null)) throw new UsageException("give either --file or --interface");
            double listen = result.GetValue(seconds);
            if (!(listen > 0 && listen <= 3600)) throw new UsageException($"--seconds {listen} must be above 0 and at most 3600");
            var heard = path is not null ? NeighborCapture.ReadFile(path)
                : await Task.Run(() => NeighborCapture.Listen(name!, TimeSpan.FromSeconds(listen), ct), ct);
            var distinct = NeighborCapture.Distinct(heard);
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Indent(distinct));
                return ExitCodes.Ok;
            }
            var table = Tables.Create("protocol", "system", "chassis", "port", "address", "platform / description");
            foreach (var n in distinct)
                table.AddCells(n.Protocol.ToString().ToUpperInvariant(), n.SysName, n.ChassisId, n.PortId,
                    string.Join(' ', n.ManagementAddresses), n.Platform.Length > 0 ? n.Platform : n.SysDescr.Split('\n')[0]);
            var terminal = Terminal.For(output);
            table.Write(terminal);
            terminal.WriteLine($"{distinct.Count} neighbours from {heard.Count} advertisements");
            return ExitCodes.Ok;
        });
        capture.Subcommands.Add(neighbors);
        return capture;
    }
}
