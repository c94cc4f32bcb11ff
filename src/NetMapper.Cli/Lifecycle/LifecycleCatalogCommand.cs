using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Catalog;
using Spectre.Console;

namespace NetMapper.Cli.Lifecycle;

/// <summary><c>netmapper lifecycle catalog check FILE...</c> and <c>netmapper lifecycle catalog show [--vendor V]</c>.</summary>
internal static class LifecycleCatalogCommand
{
    public static Command Build()
    {
        var catalog = new Command("catalog", "Check catalog files, or list what the lifecycle catalog knows");
        catalog.Subcommands.Add(Check());
        catalog.Subcommands.Add(Show());
        return catalog;
    }

    /// <summary>Every problem of every file, one per line; exit 1 when any file has one.</summary>
    private static Command Check()
    {
        var command = new Command("check", "Validate lifecycle catalog files: every problem with file, line and field");
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "catalog YAML files" };
        command.Arguments.Add(files);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var error = result.InvocationConfiguration.Error;
            int bad = 0;
            foreach (var file in result.GetValue(files)!)
            {
                try
                {
                    var entries = CatalogReader.Load(file);
                    await output.WriteLineAsync($"{file}: ok, {entries.OfType<HardwareEntry>().Count()} hardware and "
                        + $"{entries.OfType<SoftwareEntry>().Count()} software entries");
                }
                catch (LifecycleException e)
                {
                    bad++;
                    foreach (var problem in e.Problems.DefaultIfEmpty(e.Message)) await error.WriteLineAsync(problem);
                }
            }
            return bad == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static Command Show()
    {
        var command = new Command("show", "List the entries of the catalog (built-in and --catalog files)");
        var vendor = new Option<string?>("--vendor") { Description = "only this vendor's entries (case-insensitive)" };
        var options = new LifecycleOptions();
        command.Options.Add(vendor);
        command.Options.Add(options.Catalog);
        command.SetGuardedAction((result, output, _) =>
        {
            var catalog = options.LoadCatalog(result);
            string? only = result.GetValue(vendor);
            var entries = catalog.Entries.Where(e => only is null || e.Vendor.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
            var table = Tables.Create("vendor", "id", "matches", "end of sale", "last support", "source");
            foreach (var entry in entries)
            {
                var endOfSale = entry.Milestones.EndOfSale?.ToString() ?? "";
                var source = entry.Source.Bulletin.Length > 0 ? entry.Source.Bulletin : entry.Source.Url;
                table.AddCells(Cell(entry.Vendor), Cell(entry.Id), Cell(MatchesOf(entry)), Cell(endOfSale),
                    Cell(SupportEnd(entry.Milestones)), Cell(source));
            }
            var terminal = Terminal.For(output);
            table.Write(terminal);
            terminal.WriteLine($"{entries.Count} entries from {string.Join(", ", catalog.Sources)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static string MatchesOf(CatalogEntry entry) => entry switch
    {
        HardwareEntry h => Shorten(string.Join(" ", h.Products.Concat(h.Models).Concat(h.SysObjectIds))),
        SoftwareEntry s => $"{s.Os} {ReleasesOf(s)}",
        _ => "",
    };

    private static string ReleasesOf(SoftwareEntry s) =>
        s.Train.Length > 0 ? s.Train : s.Versions.Count > 0 ? string.Join(" ", s.Versions) : $"{s.From}..{s.To}";

    private static string SupportEnd(Milestones m) =>
        m.LastDateOfSupport?.ToString() ?? m.EndOfVulnerabilitySupport?.ToString() ?? (m.EndedWithoutDate ? "ended" : "");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string Cell(string text) => text;
}
