using System.Globalization;
using NetMapper.Topology;

namespace NetMapper.Discovery.Oui;

/// <summary>
/// MAC vendor names from the IEEE registry file the system has (Debian's ieee-data: /usr/share/ieee-data/oui.txt).
/// Without one, vendors stay empty: nothing is guessed.
/// </summary>
public sealed class OuiRegistry
{
    public static readonly string[] DefaultPaths = ["/usr/share/ieee-data/oui.txt", "/usr/share/misc/oui.txt", "/usr/share/arp-scan/ieee-oui.txt"];

    private readonly Dictionary<int, string> _vendors;

    private OuiRegistry(Dictionary<int, string> vendors, string? source)
    {
        _vendors = vendors;
        Source = source;
    }

    public static readonly OuiRegistry Empty = new([], null);

    /// <summary>The file read, or null when none was found.</summary>
    public string? Source { get; }
    public int Count => _vendors.Count;

    public string VendorOf(MacAddress mac) => mac.IsLocallyAdministered ? "" : _vendors.GetValueOrDefault(mac.Oui, "");

    public static OuiRegistry LoadDefault(IEnumerable<MacAddress>? only = null) =>
        DefaultPaths.Where(File.Exists).Select(p => Load(p, only)).FirstOrDefault(r => r.Count > 0 || only is not null) ?? Empty;

    /// <summary>Reads IEEE's oui.txt ("00-00-0C   (hex)\t\tCisco Systems, Inc") or arp-scan's "00000C\tCisco Systems, Inc";
    /// with <paramref name="only"/>, keeps just those MACs' vendors (the registry has 30,000 entries; a sweep needs a few).</summary>
    public static OuiRegistry Load(string path, IEnumerable<MacAddress>? only = null)
    {
        var wanted = only?.Select(m => m.Oui).ToHashSet();
        var vendors = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(path))
        {
            var hexEnd = line.IndexOf("(hex)", StringComparison.Ordinal);
            string prefix, name;
            if (hexEnd > 0) { prefix = line[..hexEnd].Trim().Replace("-", "", StringComparison.Ordinal); name = line[(hexEnd + 5)..].Trim(); }
            else if (line.Length > 7 && line[6] == '\t') { prefix = line[..6]; name = line[7..].Trim(); }
            else continue;
            if (prefix.Length == 6 && int.TryParse(prefix, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int oui) && (wanted is null || wanted.Contains(oui)))
                vendors.TryAdd(oui, name);
        }
        return new OuiRegistry(vendors, path);
    }
}
