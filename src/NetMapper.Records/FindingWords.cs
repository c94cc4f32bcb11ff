using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>
/// What each finding is called, and the scan's own findings said in Traditional Chinese from what they name (their
/// devices and values). The segmentation findings are written in the records' language where they are made.
/// A finding this list does not know keeps its code as its title and its message as it was written.
/// </summary>
public static class FindingWords
{
    private static readonly Dictionary<string, (string En, string Zh)> Titles = new(StringComparer.Ordinal)
    {
        ["zone-unassigned"] = ("In no zone", "未劃分區域"),
        ["zone-conflict"] = ("In two zones", "區域劃分衝突"),
        ["zone-multihomed"] = ("Not a firewall, in several zones", "非防火牆設備跨多個區域"),
        ["zone-vlan-crossing"] = ("VLAN carried across zones", "VLAN 跨區域承載"),
        ["zone-unfiltered-path"] = ("Path without a firewall", "未經防火牆的路徑"),
        ["snmp-cleartext"] = ("SNMP not encrypted", "SNMP 未加密"),
        ["snmp-default-community"] = ("Default SNMP community", "使用預設 SNMP 社群字串"),
        ["duplicate-address"] = ("Address configured twice", "位址重複設定"),
        ["ip-conflict"] = ("IP address conflict", "IP 位址衝突"),
        ["poll-unreachable"] = ("Not reachable", "無法連線"),
        ["poll-authfailed"] = ("Credentials refused", "認證失敗"),
        ["poll-timedout"] = ("Polling timed out", "輪詢逾時"),
    };

    public static IReadOnlyCollection<string> KnownCodes => Titles.Keys;

    public static string Title(string code, bool chinese) =>
        Titles.TryGetValue(code, out var title) ? (chinese ? title.Zh : title.En) : code;

    /// <summary>The finding's message in the language asked for; in Chinese from what the finding names.</summary>
    public static string Detail(Finding finding, TopologyGraph graph, bool chinese)
    {
        if (!chinese) return finding.Message;
        var devices = finding.Devices.Select(graph.LabelOf).ToArray();
        string first = devices.FirstOrDefault() ?? "";
        var values = finding.Values;
        var device = graph.Device(finding.Devices.FirstOrDefault() ?? "");
        return finding.Code switch
        {
            "snmp-cleartext" when first.Length > 0 => $"{first} 以 SNMP v1/v2c 回應，未使用 SNMPv3：管理流量未加密",
            "snmp-default-community" when first.Length > 0 => $"{first} 接受預設的 SNMP 社群字串",
            "duplicate-address" when values.Count == 1 => $"{values[0]} 同時設定於 {string.Join("、", devices)}",
            "ip-conflict" when values.Count > 1 => IpConflict(values[0], values.Skip(1).ToArray()),
            _ when finding.Code.StartsWith("poll-", StringComparison.Ordinal) && device is not null => NotPolled(device),
            _ => finding.Message,
        };
    }

    private static string NotPolled(Device device)
    {
        string how = PollStatusWords.Of(device.Status, chinese: true);
        return $"{device.Label}（{string.Join("、", device.ManagementAddresses)}）未完成輪詢：{how}";
    }

    private static string IpConflict(string address, string[] macs) =>
        $"{address} 由 {macs.Length} 個 MAC 位址回應（{string.Join("、", macs)}）：位址重複或遭冒用";
}
