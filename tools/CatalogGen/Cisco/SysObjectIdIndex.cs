using System.Text;

namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>
/// sysObjectIDs of CISCO-PRODUCTS-MIB that name exactly one catalog product ID: the MIB object's name is the PID
/// without punctuation ("ciscoASR1001X" for ASR1001-X), or its description contains the PID as a whole word
/// ("C9800-L-C-K9 (RJ45, Copper series Wireless Controller)"). An object that would name two PIDs is left out.
/// Its entry is the one holding the PID, so other PIDs of that entry share it.
/// </summary>
internal sealed class SysObjectIdIndex
{
    private static readonly string[] NamePrefixes = ["catalyst", "cisco", "cat"];
    private readonly Dictionary<string, List<string>> _byPid = new(StringComparer.Ordinal);

    public static SysObjectIdIndex Empty { get; } = new();

    public static SysObjectIdIndex Build(string mibCsv, IReadOnlyCollection<string> pids, GenerationReport report)
    {
        var index = new SysObjectIdIndex();
        var byKey = pids.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var row in Csv.ReadFile(mibCsv, "sysObjectID", "mib_name", "description"))
        {
            var oid = row["sysObjectID"].Trim();
            var named = NamedPids(row["mib_name"], byKey).Concat(pids.Where(p => ContainsWord(row["description"], p)))
                .Distinct(StringComparer.Ordinal).ToList();
            if (named.Count > 1) report.Note($"{oid} ({row["mib_name"]}) names {string.Join(", ", named)}: left out");
            if (named.Count != 1) continue;
            var list = index._byPid.TryGetValue(named[0], out var l) ? l : index._byPid[named[0]] = [];
            if (!list.Contains(oid, StringComparer.Ordinal)) list.Add(oid);
            report.Count("sysObjectIDs naming exactly one catalog PID");
        }
        return index;
    }

    /// <summary>The sysObjectIDs of these PIDs, in numeric order.</summary>
    public IReadOnlyList<string> For(IEnumerable<string> pids) =>
        pids.SelectMany(p => _byPid.GetValueOrDefault(p) ?? []).Distinct(StringComparer.Ordinal)
            .OrderBy(o => o, OidComparer.Instance).ToList();

    private static List<string> NamedPids(string mibName, Dictionary<string, List<string>> byKey)
    {
        foreach (var prefix in NamePrefixes)
        {
            if (!mibName.StartsWith(prefix, StringComparison.Ordinal)) continue;
            return byKey.GetValueOrDefault(Key(mibName[prefix.Length..])) ?? [];
        }
        return [];
    }

    /// <summary>
    /// Upper case without - / _ . and spaces: "ASR1001-X" and "ASR1001X" have the same key. A + stays, as MIB names
    /// cannot have one: "VG310++" (another orderable PID of the same box) is not "ciscoVG310".
    /// </summary>
    private static string Key(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Where(c => char.IsAsciiLetterOrDigit(c) || c == '+')) sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    /// <summary>The PID appears with no product-ID character (letter, digit, - / + _ .) right before or after it.</summary>
    private static bool ContainsWord(string text, string pid)
    {
        for (var at = text.IndexOf(pid, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pid, at + 1, StringComparison.Ordinal))
        {
            var end = at + pid.Length;
            var before = at == 0 || !IsPidChar(text[at - 1]);
            var after = end == text.Length || !IsPidChar(text[end]) || (text[end] == '.' && (end + 1 == text.Length
                || !char.IsAsciiLetterOrDigit(text[end + 1])));
            if (before && after) return true;
        }
        return false;
    }

    private static bool IsPidChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '+' or '_' or '.';
}

/// <summary>Orders dotted OIDs by their numbers: 1.3.6.1.4.1.9.1.99 before 1.3.6.1.4.1.9.1.100.</summary>
internal sealed class OidComparer : IComparer<string>
{
    public static readonly OidComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].Length != b[i].Length ? a[i].Length.CompareTo(b[i].Length) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
