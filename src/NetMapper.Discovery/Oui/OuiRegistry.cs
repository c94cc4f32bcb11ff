using System.Text;
using NetMapper.Topology;

namespace NetMapper.Discovery.Oui;

/// <summary>
/// MAC vendor names from the IEEE registry file the system has (Debian's ieee-data: /usr/share/ieee-data/oui.txt).
/// Without one, vendors stay empty: nothing is guessed.
/// </summary>
public sealed class OuiRegistry
{
    public static readonly string[] DefaultPaths =
        ["/usr/share/ieee-data/oui.txt", "/usr/share/misc/oui.txt", "/usr/share/arp-scan/ieee-oui.txt"];

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

    public static OuiRegistry LoadDefault() => DefaultPaths.Where(File.Exists).Select(Load).FirstOrDefault(r => r.Count > 0) ?? Empty;

    /// <summary>Reads IEEE's oui.txt ("00-00-0C   (hex)\t\tCisco Systems, Inc") or arp-scan's "00000C\tCisco Systems, Inc".
    /// Works on the file's bytes: decoding its 5 MB of lines into strings took longer than a /24 sweep.</summary>
    public static OuiRegistry Load(string path)
    {
        var vendors = new Dictionary<int, string>();
        void Add(int oui, ReadOnlySpan<byte> name) => vendors.TryAdd(oui, Encoding.UTF8.GetString(name).Trim());

        ReadOnlySpan<byte> text = File.ReadAllBytes(path);
        if (text.IndexOf("(hex)"u8) >= 0) ReadIeee(text, Add);
        else ReadArpScan(text, Add);
        return new OuiRegistry(vendors, path);
    }

    private delegate void Entry(int oui, ReadOnlySpan<byte> name);

    /// <summary>"00-00-0C   (hex)\t\tCisco Systems, Inc": jumps from one "(hex)" to the next (a vectorised search) instead of
    /// reading the other 80% of the file's lines.</summary>
    private static void ReadIeee(ReadOnlySpan<byte> text, Entry add)
    {
        int at;
        while ((at = text.IndexOf("(hex)"u8)) >= 0)
        {
            var before = text[..at];
            var prefix = before[(before.LastIndexOf((byte)'\n') + 1)..].Trim((byte)' ');
            var after = text[(at + 5)..];
            int end = after.IndexOf((byte)'\n');
            var name = end < 0 ? after : after[..end];
            bool dashed = prefix.Length == 8 && prefix[2] == '-' && prefix[5] == '-';
            if (dashed && TryHexOui(prefix[..2], prefix[3..5], prefix[6..8], out int oui)) add(oui, name);
            text = end < 0 ? [] : after[(end + 1)..];
        }
    }

    /// <summary>arp-scan's "00000C\tCisco Systems, Inc".</summary>
    private static void ReadArpScan(ReadOnlySpan<byte> text, Entry add)
    {
        while (!text.IsEmpty)
        {
            int end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.Length > 7 && line[6] == '\t' && TryHexOui(line[..2], line[2..4], line[4..6], out int oui)) add(oui, line[7..]);
        }
    }

    private static bool TryHexOui(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, out int oui)
    {
        oui = Hex(a[0]) << 20 | Hex(a[1]) << 16 | Hex(b[0]) << 12 | Hex(b[1]) << 8 | Hex(c[0]) << 4 | Hex(c[1]);
        return oui >= 0;
    }

    /// <summary>A hex digit's value, or -1, which keeps the whole OUI negative through the shifts.</summary>
    private static int Hex(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        _ => -1,
    };
}
