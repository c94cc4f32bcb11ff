using System.Globalization;
using NetMapper.Zones;

namespace NetMapper.Diagrams;

/// <summary>Every word the diagrams print, in Traditional Chinese or English.</summary>
public sealed class DiagramText(string language)
{
    public string Language { get; } = language is "zh-TW" or "en"
        ? language
        : throw new ArgumentException($"language '{language}' must be zh-TW or en", nameof(language));
    private bool Zh => Language == "zh-TW";

    public string this[string en, string zh] => Zh ? zh : en;

    public string Hosts(int n) => Zh ? $"{n} 台主機" : n == 1 ? "1 host" : $"{n} hosts";
    public string ZoneName(Zone zone) => zone.Name(Language);
    public string Boundary => this["Firewall boundary", "防火牆邊界"];

    public string ViewTitle(string view) => view switch
    {
        "physical" => this["Network architecture — physical view", "網路架構圖 — 實體架構"],
        "logical" => this["Network architecture — logical view (segments and addresses)",
            "網路架構圖 — 邏輯架構 (網段與位址)"],
        _ => this["Network architecture — zone", "網路架構圖 — 區域"],
    };

    public string Kind(NodeKind kind) => kind switch
    {
        NodeKind.Firewall => this["Firewall", "防火牆"],
        NodeKind.Router => this["Router", "路由器"],
        NodeKind.L3Switch => this["L3 switch", "第三層交換器"],
        NodeKind.Switch => this["Switch", "交換器"],
        NodeKind.WirelessController => this["Wireless controller", "無線控制器"],
        NodeKind.AccessPoint => this["Access point", "無線基地台"],
        NodeKind.LoadBalancer => this["Load balancer", "負載平衡器"],
        NodeKind.Server => this["Server", "伺服器"],
        NodeKind.HostGroup => this["Host group", "主機群組"],
        NodeKind.Bus => this["Subnet", "網段"],
        NodeKind.Cloud => this["Outside network (line to it: primary solid, backup dashed)", "外部網路 (主線實線、備援虛線)"],
        _ => this["Other device", "其他設備"],
    };

    public string Scan(int id, DateTimeOffset time)
    {
        string number = id.ToString(CultureInfo.InvariantCulture);
        string utc = time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{this["Scan", "掃描"]} #{number} · {utc} UTC";
    }
    public string Page(int page, int pages) => Zh ? $"第 {page} / {pages} 頁" : $"Page {page} of {pages}";
}
