namespace NetMapper.Report;

/// <summary>
/// Every word of the report in Traditional Chinese or English, as the records and diagrams word theirs: values through
/// the records' word lists, headers through this indexer, and the page's own words (<see cref="Labels"/>) by key.
/// </summary>
public sealed class ReportText
{
    public static readonly IReadOnlyList<string> Languages = ["zh-TW", "en"];

    /// <summary>The page's own words: buttons, headings, the pager. The script shows only these, by key.</summary>
    private static readonly (string Key, string En, string Zh)[] PageWords =
    [
        ("title", "NetMapper network report", "NetMapper 網路報告"),
        ("tab.overview", "Overview", "總覽"),
        ("tab.diagrams", "Diagrams", "架構圖"),
        ("tab.tables", "Tables", "資料表"),
        ("zone.label", "Zone", "區域"),
        ("zone.all", "All zones", "全部區域"),
        ("search.label", "Search", "搜尋"),
        ("search.placeholder", "IP, MAC (any notation), name, model…", "IP、MAC（任何格式）、名稱、型號…"),
        ("csv", "Export CSV", "匯出 CSV"),
        ("page.prev", "Previous", "上一頁"),
        ("page.next", "Next", "下一頁"),
        ("page.rows", "Rows {from}–{to} of {total}", "第 {from}–{to} 列，共 {total} 列"),
        ("page.none", "No matching rows", "沒有符合的資料"),
        ("sort.hint", "Click a column heading to sort", "點選欄位標題即可排序"),
        ("panel.close", "Close", "關閉"),
        ("panel.identity", "Identity", "識別資訊"),
        ("panel.open", "Show this device's details", "顯示此設備的詳細資料"),
        ("diagram.view", "Diagram", "圖面"),
        ("diagram.fit", "Fit to window", "符合視窗大小"),
        ("diagram.zoomIn", "Zoom in", "放大"),
        ("diagram.zoomOut", "Zoom out", "縮小"),
        ("diagram.hint", "Drag to pan, scroll to zoom, click a device for its details",
            "拖曳可平移、滾輪可縮放，點選設備可查看詳細資料"),
        ("overview.scan", "Scan", "掃描"),
        ("overview.counts", "In this scan", "本次掃描內容"),
        ("overview.findings", "Findings by severity", "檢查發現（依嚴重度）"),
        ("overview.lifecycle", "Devices by lifecycle status", "設備生命週期狀態"),
        ("overview.changes", "Changes since the earlier scan", "與前次掃描相比的變更"),
        ("overview.incomplete", "INCOMPLETE SCAN: polling stopped early; what is shown was found until then",
            "掃描未完成：輪詢提前結束，以下僅為結束前所發現的內容"),
        ("change.added", "added", "新增"),
        ("change.changed", "changed", "變更"),
        ("change.removed", "removed", "移除"),
        ("change.only", "Changes only", "僅顯示變更"),
        ("offline", "One offline file: nothing is fetched from any server", "單一離線檔案：不向任何伺服器取得資料"),
    ];

    public ReportText(string language)
    {
        Language = Languages.Contains(language)
            ? language
            : throw new ArgumentException($"language '{language}' must be zh-TW or en", nameof(language));
        Labels = PageWords.ToDictionary(w => w.Key, w => Chinese ? w.Zh : w.En, StringComparer.Ordinal);
    }

    public string Language { get; }
    public bool Chinese => Language == "zh-TW";
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The keys of the page's words, the same in every language.</summary>
    public static IReadOnlyList<string> Keys => PageWords.Select(w => w.Key).ToArray();

    public string this[string en, string zh] => Chinese ? zh : en;

    public string Label(string key) => Labels[key];
}
