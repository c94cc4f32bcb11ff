using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>How serious a finding is, as the records write it: Traditional Chinese, or the JSON's spelling in English.</summary>
public static class SeverityWords
{
    public static string Of(FindingSeverity severity, bool chinese) => !chinese ? Spelling.Of(severity) : severity switch
    {
        FindingSeverity.Problem => "問題",
        FindingSeverity.Warning => "警告",
        _ => "資訊",
    };
}
