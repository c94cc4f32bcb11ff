using System.Text;
using NetMapper.Tools.CatalogGen;
using NetMapper.Tools.CatalogGen.Cisco;

// catalog-gen cisco --shared DIR --out FILE [--patterns FILE]
const string Usage = "usage: CatalogGen cisco --shared DIR --out FILE [--patterns FILE]";
if (args.Length == 0 || args[0] != "cisco")
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i < args.Length; i += 2)
{
    if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
    options[args[i]] = args[i + 1];
}
if (!options.TryGetValue("--shared", out var shared) || !options.TryGetValue("--out", out var output))
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var patterns = options.GetValueOrDefault("--patterns")
    ?? Path.Combine(ToolPaths.ProjectDirectory(), "cisco-series-patterns.yaml");

var report = new GenerationReport();
try
{
    var catalog = CiscoCatalog.Generate(shared, patterns, report);
    File.WriteAllText(output, CatalogWriter.Write(catalog), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
{
    report.WriteTo(Console.Error);
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
report.WriteTo(Console.Error);
Console.Error.WriteLine($"wrote {output}");
return 0;
