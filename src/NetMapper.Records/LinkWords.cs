using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>How a link is known, as the records write it: the protocols that saw it and how sure the scan is.</summary>
public static class LinkWords
{
    public static string Confidence(LinkConfidence confidence, bool chinese) => !chinese ? Spelling.Of(confidence) : confidence switch
    {
        LinkConfidence.High => "高",
        LinkConfidence.Medium => "中",
        _ => "低",
    };

    /// <summary>"LLDP, CDP (confidence: high)" or "LLDP、CDP（可信度：高）".</summary>
    public static string Evidence(IEnumerable<Link> links, bool chinese)
    {
        var list = links.ToArray();
        var protocols = list.SelectMany(l => l.Protocols).Select(p => p.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal);
        string seen = string.Join(chinese ? "、" : ", ", protocols);
        var confidence = Confidence(list.Min(l => l.Confidence), chinese);
        return chinese ? $"{seen}（可信度：{confidence}）".TrimStart() : $"{seen} (confidence: {confidence})".TrimStart();
    }
}
