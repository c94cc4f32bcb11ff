namespace NetMapper.Records;

/// <summary>
/// How a host was found ("arp", "icmp", "arp-table", "fdb", as the scan records them), in Traditional Chinese or as
/// the scan spells them. A method this list does not know is written as the scan spelled it.
/// </summary>
public static class FoundByWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["arp"] = "ARP 掃描",
        ["icmp"] = "ICMP 掃描",
        ["arp-table"] = "ARP 表",
        ["fdb"] = "MAC 位址表",
    };

    public static string Of(IEnumerable<string> methods, bool chinese) =>
        string.Join(chinese ? "、" : ", ", methods.Select(m => chinese ? Chinese.GetValueOrDefault(m, m) : m));
}
