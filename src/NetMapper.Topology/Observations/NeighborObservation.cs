namespace NetMapper.Topology;

public enum NeighborProtocol
{
    Lldp,
    Cdp,
}

/// <summary>What one port of a polled device heard from a neighbour over LLDP or CDP. Links are resolved from these.</summary>
public sealed record NeighborObservation(string DeviceId, int LocalIfIndex, NeighborProtocol Protocol)
{
    public string LocalPort { get; init; } = "";
    /// <summary>Remote chassis ID: a MAC as aa:bb:cc:dd:ee:ff when the subtype is MAC, else the text.</summary>
    public string RemoteChassisId { get; init; } = "";
    public int RemoteChassisIdSubtype { get; init; }
    public string RemotePortId { get; init; } = "";
    public int RemotePortIdSubtype { get; init; }
    public string RemotePortDescription { get; init; } = "";
    public string RemoteSysName { get; init; } = "";
    public string RemoteSysDescr { get; init; } = "";
    public string RemotePlatform { get; init; } = "";
    public IReadOnlyList<string> RemoteManagementAddresses { get; init; } = [];
    /// <summary>LLDP system capabilities enabled (bit names: bridge, router, wlanAccessPoint, telephone, station, ...).</summary>
    public IReadOnlyList<string> RemoteCapabilities { get; init; } = [];
}
