using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>How polling a device ended, as the records write it: Traditional Chinese, or the JSON's spelling in English.</summary>
public static class PollStatusWords
{
    public static string Of(PollStatus status, bool chinese) => !chinese ? Spelling.Of(status) : status switch
    {
        PollStatus.Done => "完成",
        PollStatus.Partial => "部分完成",
        PollStatus.Unreachable => "無法連線",
        PollStatus.AuthFailed => "認證失敗",
        PollStatus.TimedOut => "逾時",
        _ => "未輪詢",
    };
}
