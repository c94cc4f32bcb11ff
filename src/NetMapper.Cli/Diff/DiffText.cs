using NetMapper.Topology.Diff;
using Spectre.Console;

namespace NetMapper.Cli.Diff;

/// <summary>A diff on screen: one line per change, "+" added, "-" removed, "~" changed with each field before → after.</summary>
internal static class DiffText
{
    public static void Write(IAnsiConsole console, GraphDiff diff)
    {
        console.WriteLine($"scan {diff.From} → scan {diff.To}" + (diff.IsEmpty ? ": no changes" : ""));
        var d = diff.Devices;
        Section(console, "devices", new ChangeSet(d.Added, d.Removed, d.Changed));
        foreach (var r in d.Replaced) console.WriteLine($"  ↻ {r.Name} replaced: {Fields(r.Fields)}");
        Section(console, "links", diff.Links);
        Section(console, "subnets", diff.Subnets);
        Section(console, "vlans", diff.Vlans);
        Section(console, "routes", diff.Routes);
        Section(console, "hosts", diff.Hosts);
        if (diff.Findings.IsEmpty) return;
        console.WriteLine("findings:");
        foreach (var f in diff.Findings.New) console.WriteLine($"  + {f.Label}");
        foreach (var f in diff.Findings.Resolved) console.WriteLine($"  - {f.Label} (resolved)");
    }

    private static void Section(IAnsiConsole console, string name, ChangeSet set)
    {
        if (set.IsEmpty) return;
        console.WriteLine($"{name}: {set.Added.Count} added, {set.Removed.Count} removed, {set.Changed.Count} changed");
        foreach (var item in set.Added) console.WriteLine($"  + {item.Label}");
        foreach (var item in set.Removed) console.WriteLine($"  - {item.Label}");
        foreach (var change in set.Changed) console.WriteLine($"  ~ {change.Label}: {Fields(change.Fields)}");
    }

    private static string Fields(IEnumerable<FieldChange> fields) =>
        string.Join("; ", fields.Select(f => $"{f.Field} {f.Before ?? "—"} → {f.After ?? "—"}"));
}
