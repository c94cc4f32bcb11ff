using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;

namespace NetMapper.Records;

/// <summary>Lifecycle values in the auditor's language; the English words are the JSON's, so both read the same.</summary>
public static class LifecycleWords
{
    public static string Status(LifecycleStatus status, bool chinese) => status switch
    {
        LifecycleStatus.EndOfSupport => chinese ? "已終止支援" : "end of support",
        LifecycleStatus.WithinHorizon => chinese ? "即將終止支援" : "within horizon",
        LifecycleStatus.EndOfSale => chinese ? "已停售" : "end of sale",
        LifecycleStatus.Supported => chinese ? "支援中" : "supported",
        _ => chinese ? "未知" : "unknown",
    };

    public static string Reason(UnknownReason reason, bool chinese) => reason switch
    {
        UnknownReason.NoCatalogEntry => chinese ? "型錄無此項目" : "no catalog entry",
        UnknownReason.AmbiguousModel => chinese ? "型號比對不唯一" : "ambiguous model",
        UnknownReason.NoModel => chinese ? "設備未回報型號" : "no model",
        UnknownReason.NoVersion => chinese ? "設備未回報版本" : "no version",
        UnknownReason.NoDates => chinese ? "型錄未載終止支援日" : "no end-of-support date in the catalog",
        _ => "",
    };

    public static string Component(LifecycleComponent component, bool chinese) => component switch
    {
        LifecycleComponent.Chassis => chinese ? "機箱" : "chassis",
        LifecycleComponent.Module => chinese ? "模組" : "module",
        _ => chinese ? "作業系統" : "OS",
    };

    public static string Milestone(Milestone milestone, bool chinese) => milestone switch
    {
        Lifecycle.Catalog.Milestone.Announced => chinese ? "停產公告日" : "EoL announced",
        Lifecycle.Catalog.Milestone.EndOfSale => chinese ? "停止銷售日" : "End of sale",
        Lifecycle.Catalog.Milestone.EndOfSoftwareMaintenance => chinese ? "軟體維護終止日" : "End of SW maintenance",
        Lifecycle.Catalog.Milestone.EndOfVulnerabilitySupport => chinese ? "安全修補終止日" : "End of vulnerability support",
        _ => chinese ? "最後支援日" : "Last date of support",
    };

    public static string Date(MilestoneDate? value, bool chinese) => value switch
    {
        null => "",
        { NotAnnounced: true } => chinese ? "尚未公告" : "not announced",
        { Date: { } d } => Lifecycle.IsoDate.Format(d),
        _ => "",
    };

    /// <summary>How a device was matched to the catalog: the <see cref="CatalogMatch.Evidence"/> line, its device field
    /// and the built-in catalog named in Chinese for a Chinese record (the values, keys and file names as they are).</summary>
    public static string Evidence(CatalogMatch match, bool chinese)
    {
        if (!chinese) return match.Evidence;
        string field = match.Field switch
        {
            "model" => "型號",
            "productId" => "產品編號",
            "ENTITY chassis model" => "ENTITY 機箱型號",
            "ENTITY model" => "ENTITY 模組型號",
            "OS version" => "作業系統版本",
            var other => other,
        };
        bool exact = match.Rule is MatchRule.ProductId or MatchRule.SysObjectId or MatchRule.Model;
        string origin = match.Entry.Origin.ToString();
        if (origin.StartsWith(BuiltIn, StringComparison.Ordinal)) origin = "內建 " + origin[BuiltIn.Length..];
        return $"{field} '{match.Value}' {(exact ? "=" : "~")} {match.Key}（{match.Entry.Id}，{origin}）";
    }

    private const string BuiltIn = "built-in ";
}
