using NetMapper.Cli.Common;
using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Records;
using Spectre.Console;

namespace NetMapper.Cli.Lifecycle;

/// <summary>The lifecycle rows as a terminal table, most urgent first, with counts by status below.</summary>
internal static class LifecycleTable
{
    public static void Write(TextWriter output, IReadOnlyList<PlanRow> plan, LifecyclePolicy policy, int scanId)
    {
        var table = Tables.Create("prio", "device", "part", "product", "version", "status", "support ends", "replace by");
        foreach (var p in plan)
        {
            var r = p.Row;
            string status = LifecycleWords.Status(r.Status, chinese: false)
                + (r.Status == LifecycleStatus.Unknown ? $" ({LifecycleWords.Reason(r.Reason, chinese: false)})" : "")
                + (r.Behind ? $", behind {r.Latest}" : "");
            string part = LifecycleWords.Component(r.Component, chinese: false) + (r.ComponentName.Length > 0 ? $" {r.ComponentName}" : "");
            table.AddCells(Cell($"{p.Priority}"), Cell(r.Device.Label), Cell(part), Cell(r.Product), Cell(r.Version), Cell(status),
                Cell(r.UnsupportedOn is { } d ? IsoDate.Format(d) : ""), Cell(p.TargetQuarter));
        }
        var terminal = Terminal.For(output);
        table.Write(terminal);
        var counts = Enum.GetValues<LifecycleStatus>()
            .Select(s => $"{plan.Count(p => p.Row.Status == s)} {LifecycleWords.Status(s, false)}");
        terminal.WriteLine($"scan {scanId}, as of {IsoDate.Format(policy.AsOf)}, horizon {policy.HorizonMonths} months: "
            + string.Join(", ", counts));
    }

    private static string Cell(string text) => text;
}
