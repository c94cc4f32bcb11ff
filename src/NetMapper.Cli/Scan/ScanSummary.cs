using NetMapper.Application.Scanning;
using NetMapper.Cli.Common;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Lifecycle.Matching;
using NetMapper.Records;
using Spectre.Console;

namespace NetMapper.Cli.Scan;

/// <summary>The table printed at the end of a scan.</summary>
internal static class ScanSummary
{
    public static void Write(
        IAnsiConsole terminal, ScanInfo info, TopologyGraph graph, IReadOnlyList<LifecycleRow> lifecycle, SeedlessSweep? seedless = null)
    {
        var devices = Tables.Create("device", "address", "vendor", "model", "os", "role", "status");
        foreach (var d in graph.Devices.Where(d => d.Status != PollStatus.NotPolled))
            devices.AddCells(Cell(d.Name), Cell(d.ManagementAddresses.FirstOrDefault() ?? ""), Cell(d.Vendor), Cell(d.Model),
                Cell($"{d.OsName} {d.OsVersion}".Trim()), Cell(Spelling.Of(d.Role)), Cell(Spelling.Of(d.Status)));
        devices.Write(terminal);
        var note = info.Note.Length > 0 ? $" ({info.Note})" : "";
        var notPolled = graph.Devices.Count(d => d.Status == PollStatus.NotPolled);
        terminal.WriteLine($"scan {info.Id}: {Spelling.Of(info.Status)}{note}; {info.DevicesPolled} polled, {info.DevicesFailed} failed; " +
            $"{graph.Devices.Count} devices (incl. {notPolled} neighbours not polled), {graph.Links.Count} links, " +
            $"{graph.Subnets.Count} subnets, {graph.Vlans.Count} VLANs, {graph.Hosts.Count} hosts, {graph.Findings.Count} findings");
        if (seedless is not null)
            terminal.WriteLine($"without seeds: {seedless.LiveHosts} live hosts swept, {seedless.AnsweredSnmp} answered SNMP, " +
                $"{info.DevicesPolled} devices polled (with the neighbours they led to)");
        foreach (var finding in graph.Findings.Where(f => f.Severity != FindingSeverity.Info))
            terminal.WriteLine($"  {finding.Severity.ToString().ToLowerInvariant()}: {finding.Code}: {finding.Message}");
        WriteLifecycle(terminal, lifecycle);
    }

    /// <summary>Devices by lifecycle status (Art. 6), most urgent first: what `netmapper lifecycle plan` details.</summary>
    private static void WriteLifecycle(IAnsiConsole terminal, IReadOnlyList<LifecycleRow> lifecycle)
    {
        if (lifecycle.Count == 0) return;
        var devices = DeviceLifecycle.ByDevice(lifecycle).Values;
        var counts = devices.GroupBy(d => d.Status).OrderBy(g => DeviceLifecycle.Urgency(g.Key))
            .Select(g => $"{g.Count()} {LifecycleWords.Status(g.Key, chinese: false)}");
        terminal.WriteLine($"lifecycle: {string.Join(", ", counts)} (devices by their most urgent part)");
    }

    private static string Cell(string text) => text;
}
