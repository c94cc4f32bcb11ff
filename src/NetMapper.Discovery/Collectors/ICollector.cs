using NetMapper.Discovery.Snmp;

namespace NetMapper.Discovery.Collectors;

/// <summary>One stage of polling a device: reads one MIB (or one concern) and records what it saw.</summary>
public interface ICollector
{
    /// <summary>Stage name in progress displays and problem lines ("lldp", "bridge").</summary>
    string Stage { get; }

    /// <summary>Reads the stage's MIB into <paramref name="device"/>. Says what the device does not offer as an outcome;
    /// throws <see cref="NetMapper.Snmp.SnmpException"/> for what it failed to answer.</summary>
    Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken);
}
