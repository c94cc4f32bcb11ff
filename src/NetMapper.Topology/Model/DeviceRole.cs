namespace NetMapper.Topology;

/// <summary>What a device is for, as the diagram draws it.</summary>
public enum DeviceRole
{
    Unknown,
    Firewall,
    Router,
    L3Switch,
    Switch,
    WirelessController,
    AccessPoint,
    LoadBalancer,
    Server,
    Host,
}

/// <summary>How polling a device ended.</summary>
public enum PollStatus
{
    /// <summary>Every stage answered.</summary>
    Done,
    /// <summary>Identified, but some stage failed (see the device's problems).</summary>
    Partial,
    /// <summary>No SNMP answer with any credential.</summary>
    Unreachable,
    /// <summary>The agent answered but refused every credential (v3 reports).</summary>
    AuthFailed,
    /// <summary>The device answered, then stopped answering for its whole time budget.</summary>
    TimedOut,
    /// <summary>Seen as a neighbour but never polled (outside the scope, or past the depth limit).</summary>
    NotPolled,
}
