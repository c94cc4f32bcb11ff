using System.CommandLine;
using NetMapper.Application.Stored;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Cli.Common;

/// <summary>The options every command reading a stored scan shares (--db, --scan, --zones), and reading it.</summary>
internal static class StoredScan
{
    public static Option<string> DbOption() => new("--db") { Description = "scan database", DefaultValueFactory = _ => "netmapper.db" };
    public static Option<string> ScanOption() => new("--scan")
    {
        Description = "scan number or 'latest'",
        DefaultValueFactory = _ => "latest",
    };
    public static Option<string?> ZonesOption() => new("--zones")
    {
        Description = "zone policy YAML (default: the built-in policy of the guideline's zones)",
    };

    public static Option<string> OutOption() => new("--out") { Description = "output folder", Required = true };
    public static Option<string> LangOption() => new("--lang") { Description = "zh-TW or en", DefaultValueFactory = _ => "zh-TW" };

    public static ScanStore Open(string db) => ScanStore.Open(db, readOnly: true);

    public static LoadedScan Load(string db, string which) => StoredScans.Load(db, Selection(which));

    /// <summary>The scan named by --scan: 'latest' or its number.</summary>
    public static ScanSelection Selection(string which)
    {
        if (which == "latest") return ScanSelection.Latest;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (int.TryParse(which, System.Globalization.NumberStyles.None, invariant, out int id)) return ScanSelection.Of(id);
        throw new UsageException($"--scan '{which}' must be a scan number or 'latest'");
    }

    public static ZonePolicy Policy(string? path)
    {
        return path is null ? ZonePolicy.Default() : ZonePolicy.Load(path);
    }
}
