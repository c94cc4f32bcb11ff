using NetMapper.Discovery.Definitions;

namespace NetMapper.Discovery.Crawling;

/// <summary>Limits of polling one device.</summary>
public sealed record PollOptions
{
    public int Port { get; init; } = 161;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public int Retries { get; init; } = 1;
    /// <summary>Time one device may take in all; a slow device never holds up the scan longer.</summary>
    public TimeSpan DeviceBudget { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>How devices are identified: the built-in definitions, with the user's files layered over them.</summary>
    public DeviceDefinitions Definitions { get; init; } = DeviceDefinitions.BuiltIn();
}
