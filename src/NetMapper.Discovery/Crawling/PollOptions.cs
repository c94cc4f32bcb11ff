using NetMapper.Discovery.Definitions;

namespace NetMapper.Discovery.Crawling;

/// <summary>Limits of polling one device (<see cref="NetMapper.Snmp.SnmpTarget"/> says how they apply to each request).</summary>
public sealed record PollOptions
{
    public int Port { get; init; } = 161;

    /// <summary>The wait per try while the device has not answered yet; afterwards its measured round-trip time rules.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retransmissions after which a device that has not answered yet counts as unreachable.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>How long a device that has answered may go without answering anything: then its poll ends as timed out.
    /// An idle budget, not a total: a slow device that keeps answering is polled to the end.</summary>
    public TimeSpan DeviceBudget { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>How devices are identified: the built-in definitions, with the user's files layered over them.</summary>
    public DeviceDefinitions Definitions { get; init; } = DeviceDefinitions.BuiltIn();
}
