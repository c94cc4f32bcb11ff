using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Matching;

/// <summary>How a device field was matched to a catalog entry, strongest first.</summary>
public enum MatchRule
{
    /// <summary>The product ID equals one the entry lists (case, spaces and a trailing '=' aside).</summary>
    ProductId,
    /// <summary>The device's sysObjectID is one the entry lists.</summary>
    SysObjectId,
    /// <summary>The model name equals one the entry lists.</summary>
    Model,
    /// <summary>The product ID matches one of the entry's patterns: a series-level date.</summary>
    ProductPattern,
    /// <summary>The OS version lies in the entry's release train.</summary>
    Train,
    /// <summary>The OS version matches one of the entry's version patterns.</summary>
    VersionPattern,
    /// <summary>The OS version lies in the entry's range.</summary>
    VersionRange,
}

/// <summary>One entry that matched, with the evidence: which device field, which value, by which rule.</summary>
public sealed record CatalogMatch(CatalogEntry Entry, MatchRule Rule, string Field, string Value, string Key)
{
    /// <summary>For the plan and the JSON: "model 'WS-C2960X-48TS-L' ~ WS-C2960X-* (cisco-series-...)".</summary>
    public string Evidence => $"{Field} '{Value}' {(Rule is MatchRule.ProductId or MatchRule.SysObjectId or MatchRule.Model
        ? "=" : "~")} {Key} ({Entry.Id}, {Entry.Origin})";
}
