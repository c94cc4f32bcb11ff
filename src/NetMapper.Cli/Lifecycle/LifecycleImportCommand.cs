using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Import;

namespace NetMapper.Cli.Lifecycle;

/// <summary>
/// <c>netmapper lifecycle import --from cisco-eox|endoflife|csv FILE... --out catalog.yaml</c>: what users already have
/// (Cisco EoX API v5 JSON pages, an endoflife.date product, a spreadsheet export) as a catalog to layer with --catalog.
/// </summary>
internal static class LifecycleImportCommand
{
    private static readonly string[] Sources = ["cisco-eox", "endoflife", "csv"];
    private const StringSplitOptions SplitOptions = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;

    public static Command Build()
    {
        var command = new Command("import",
            "Convert Cisco EoX API JSON, endoflife.date product data or a CSV into a lifecycle catalog YAML");
        var from = new Option<string>("--from") { Description = "cisco-eox, endoflife or csv", Required = true };
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore, Description = "input files (EoX pages are combined)",
        };
        var map = new Option<string?>("--map")
        {
            Description = "CSV columns as header=field,... (fields: " + string.Join(", ", CsvImporter.Fields) + ")",
        };
        var vendor = new Option<string?>("--vendor") { Description = "vendor of entries that do not name one" };
        var os = new Option<string?>("--os") { Description = "endoflife: the OS family key (ios-xe, fortios, pan-os, ...)" };
        var outFile = new Option<string>("--out") { Description = "catalog YAML to write", Required = true };
        foreach (Option option in new Option[] { from, map, vendor, os, outFile }) command.Options.Add(option);
        command.Arguments.Add(files);
        command.SetGuardedAction(async (result, output, _) =>
        {
            string source = Choices.Parse(result.GetValue(from)!, Sources, "--from").Single();
            var inputs = result.GetValue(files)!;
            var today = DateOnly.FromDateTime(DateTime.Today);
            var imported = source switch
            {
                "cisco-eox" => CiscoEoxImporter.Import(inputs, new CiscoEoxImportOptions { Checked = today }),
                "endoflife" => Single(inputs, path => EndOfLifeDateImporter.Import(path, new EndOfLifeDateImportOptions
                    { Os = result.GetValue(os), Vendor = result.GetValue(vendor), Checked = today })),
                _ => Single(inputs, path => CsvImporter.Import(path, new CsvImportOptions
                {
                    Columns = (result.GetValue(map) ?? "").Split(',', SplitOptions),
                    Vendor = result.GetValue(vendor), Checked = today,
                })),
            };
            var error = result.InvocationConfiguration.Error;
            foreach (var warning in imported.Warnings) await error.WriteLineAsync($"netmapper: warning: {warning}");
            string path = result.GetValue(outFile)!;
            AtomicFile.WriteAllText(path, CatalogWriter.Write(imported.Entries));
            await output.WriteLineAsync($"{path}: {imported.Entries.OfType<HardwareEntry>().Count()} hardware and "
                + $"{imported.Entries.OfType<SoftwareEntry>().Count()} software entries");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ImportResult Single(string[] inputs, Func<string, ImportResult> import) =>
        inputs.Length == 1 ? import(inputs[0])
            : throw new UsageException($"--from endoflife and csv read one file; {inputs.Length} were given");
}
