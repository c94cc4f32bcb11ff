using System.Text.RegularExpressions;

namespace NetMapper.Records;

/// <summary>
/// Which credential answered, as the scan describes it without its secret ("v3 netops authPriv", "v2c community #2"),
/// said in Traditional Chinese. A description of another shape is written as it is.
/// </summary>
public static partial class CredentialWords
{
    public static string Of(string description, bool chinese)
    {
        if (!chinese) return description;
        if (V3().Match(description) is { Success: true } v3)
            return $"SNMPv3 使用者 {v3.Groups["user"].Value}（{Level(v3.Groups["level"].Value)}）";
        if (Community().Match(description) is { Success: true } community)
            return $"SNMP {community.Groups["version"].Value} 第 {community.Groups["index"].Value} 組社群字串";
        return description;
    }

    private static string Level(string level) => level.ToUpperInvariant() switch
    {
        "AUTHPRIV" => "驗證並加密",
        "AUTHNOPRIV" => "僅驗證，未加密",
        "NOAUTHNOPRIV" => "未驗證，未加密",
        _ => level,
    };

    [GeneratedRegex(@"^v3 (?<user>\S+) (?<level>\S+)$")]
    private static partial Regex V3();

    [GeneratedRegex(@"^(?<version>v1|v2c) community #(?<index>\d+)$")]
    private static partial Regex Community();
}
