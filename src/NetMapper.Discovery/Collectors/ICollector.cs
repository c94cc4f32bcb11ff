using NetMapper.Discovery.Snmp;

namespace NetMapper.Discovery.Collectors;

/// <summary>One stage of polling a device: reads one MIB (or one concern) and records what it saw.</summary>
public interface ICollector
{
    /// <summary>Stage name in progress displays and problem lines ("lldp", "bridge").</summary>
    string Stage { get; }

    Task CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken);
}
