using System.CommandLine;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Storage;
using NetMapper.Zones;
using NetMapper.Topology;
using Spectre.Console;

namespace NetMapper.Cli.Show;

/// <summary><c>netmapper scans</c> and <c>netmapper show devices|links|hosts|subnets|vlans|routes</c>.</summary>
internal static class ShowCommand
{
    public static Command BuildScans()
    {
        var command = new Command("scans", "List the scans in the database");
        var db = StoredScan.DbOption();
        var json = new Option<bool>("--json") { Description = "print JSON" };
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetGuardedAction(async (result, output, _) =>
        {
            using var store = StoredScan.Open(result.GetValue(db)!);
            var scans = store.ListScans();
            var unreadable = scans.Select(s => s.Id).Except(store.ReadableScans()).ToList();
            if (result.GetValue(json)) await output.WriteLineAsync(CliJson.Indent(scans));
            else WriteScans(output, scans);
            if (unreadable.Count == 0) return ExitCodes.Ok;
            // A damaged file lists its scans from the index, but their data may be gone: say which.
            var unreadableIds = string.Join(", ", unreadable);
            await result.InvocationConfiguration.Error.WriteLineAsync(
                $"netmapper: '{result.GetValue(db)}' is damaged: scan {unreadableIds} cannot be read; the file was not changed");
            return ExitCodes.Failed;
        });
        return command;
    }

    private static void WriteScans(TextWriter output, IReadOnlyList<ScanInfo> scans)
    {
        var table = Tables.Create("scan", "started (UTC)", "ended", "operator", "status", "seeds", "devices", "links", "polled", "failed");
        foreach (var s in scans)
        {
            var started = s.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Inv);
            var ended = s.EndedAt?.UtcDateTime.ToString("HH:mm:ss", Inv) ?? "";
            table.AddCells(Number(s.Id), started, ended,
                s.Operator, Spelling.Of(s.Status), string.Join(' ', s.Seeds), Number(s.Devices), Number(s.Links), Number(s.DevicesPolled),
                Number(s.DevicesFailed));
        }
        table.Write(Terminal.For(output));
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static string Number(int n) => n.ToString(Inv);

    public static Command BuildShow()
    {
        var show = new Command("show", "Show what a scan found");
        show.Subcommands.Add(Table("devices", ShowViews.Devices, ["id", "name", "vendor", "model", "osVersion", "role", "status"],
            d => [d.Id, d.Name, d.Vendor, d.Model, $"{d.OsName} {d.OsVersion}".Trim(), d.Role, d.Status]));
        show.Subcommands.Add(Table("links", ShowViews.Links, ["a", "port", "b", "port", "protocols", "confidence", "backup"],
            l => [l.A.Name, l.A.Port, l.B.Name, l.B.Port, string.Join(',', l.Protocols), l.Confidence, l.Backup ? "backup" : ""]));
        show.Subcommands.Add(Table("hosts", ShowViews.Hosts, ["ip", "mac", "vendor", "device", "port", "vlan", "methods"],
            h => [h.Ip ?? "", h.Mac ?? "", h.Vendor, h.DeviceName ?? "", h.Port ?? "", OptionalNumber(h.Vlan),
                string.Join(',', h.Methods)]));
        show.Subcommands.Add(Table("subnets", ShowViews.Subnets, ["subnet", "vlan", "members", "hosts"],
            s => [s.Prefix, OptionalNumber(s.Vlan), MemberList(s.Members), $"{s.HostCount}"]));
        show.Subcommands.Add(Table("vlans", ShowViews.Vlans, ["vlan", "names", "devices", "ports"],
            v => [$"{v.Id}", string.Join(", ", v.Names), $"{v.Devices.Count}", $"{v.Ports.Count}"]));
        show.Subcommands.Add(Table("routes", ShowViews.Routes, ["device", "destination", "next hop", "interface", "protocol", "metric"],
            r => [r.Device, r.Destination, r.NextHop ?? "", r.Interface, r.Protocol, $"{r.Metric}"]));
        show.Subcommands.Add(ZonesCommand());
        show.Subcommands.Add(Lifecycle.LifecyclePlanCommand.BuildShow());
        return show;
    }

    /// <summary>
    /// <c>show zones [--zones FILE]</c>: which zone each subnet, VLAN and device is in, and the segmentation findings (Art. 5).
    /// </summary>
    private static Command ZonesCommand()
    {
        var command = new Command("zones", "Show the zone of every subnet, VLAN and device of a scan, and the segmentation findings");
        var (db, scan, json) = (StoredScan.DbOption(), StoredScan.ScanOption(), JsonOption());
        var policyFile = StoredScan.ZonesOption();
        foreach (Option option in new Option[] { db, scan, json, policyFile }) command.Options.Add(option);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var policy = StoredScan.Policy(result.GetValue(policyFile));
            var (info, graph) = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var view = ShowViews.Zones(graph, new ZoneMap(graph, policy));
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Indent(view));
                return ExitCodes.Ok;
            }
            var table = Tables.Create("kind", "item", "zone");
            foreach (var s in view.Subnets) table.AddCells(Text("subnet"), Text(s.Prefix), Text(ZoneList(s.Zones)));
            foreach (var v in view.Vlans) table.AddCells(Text("vlan"), Text(v.Id.ToString(Inv)), Text(ZoneList(v.Zones)));
            foreach (var d in view.Devices) table.AddCells(Text("device"), Text(d.Name), Text(DeviceZones(d)));
            var terminal = Terminal.For(output);
            table.Write(terminal);
            var scanLabel = $"scan {info.Id} ({Spelling.Of(info.Status)})";
            terminal.WriteLine($"{scanLabel}, zones from {policy.Source}: {view.Findings.Count} segmentation findings");
            foreach (var f in view.Findings) terminal.WriteLine($"  {f.Severity}: {f.Code}: {f.Message}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Table<T>(string name, Func<TopologyGraph, IEnumerable<T>> view, string[] headers, Func<T, string[]> row)
    {
        var command = new Command(name, $"Show the {name} of a scan");
        var (db, scan, json) = (StoredScan.DbOption(), StoredScan.ScanOption(), JsonOption());
        command.Options.Add(db);
        command.Options.Add(scan);
        command.Options.Add(json);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var (info, graph) = StoredScan.Load(result.GetValue(db)!, result.GetValue(scan)!);
            var items = view(graph).ToArray();
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Indent(items));
                return ExitCodes.Ok;
            }
            var table = Tables.Create(headers);
            foreach (var item in items) table.AddCells(row(item).Select(Text).ToArray());
            var terminal = Terminal.For(output);
            table.Write(terminal);
            terminal.WriteLine($"scan {info.Id} ({Spelling.Of(info.Status)}): {items.Length} {name}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string OptionalNumber(int? n) => n?.ToString(Inv) ?? "";

    private static string MemberList(IEnumerable<ShowViews.SubnetMemberView> members) =>
        string.Join(", ", members.Select(m => $"{m.Device} {m.Interface} {m.Address}"));

    /// <summary>The zones joined with " + ", or "unassigned" when there are none.</summary>
    private static string ZoneList(IEnumerable<string> zones) => string.Join(" + ", zones.DefaultIfEmpty("unassigned"));

    /// <summary>The device's zone, then any other zones it is also in.</summary>
    private static string DeviceZones(ShowViews.ZonedDevice d)
    {
        if (d.Zones.Count <= 1) return d.Zone;
        var others = string.Join(", ", d.Zones.Where(z => z != d.Zone));
        return d.Zone + $" (also {others})";
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "print JSON (stable fields, see README)" };

    private static string Text(string text) => text;
}
