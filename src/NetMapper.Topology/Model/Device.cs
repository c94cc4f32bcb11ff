namespace NetMapper.Topology;

/// <summary>
/// A network device as one scan found it. <see cref="Id"/> comes from what identifies hardware (chassis ID,
/// serial, interface MACs), never from one IP address or sysName.
/// </summary>
public sealed record Device(string Id)
{
    public string Name { get; init; } = "";
    public string SysDescr { get; init; } = "";
    public string SysObjectId { get; init; } = "";
    public string Location { get; init; } = "";
    public string Contact { get; init; } = "";
    public int SysServices { get; init; }
    public uint UptimeTicks { get; init; }

    public string Vendor { get; init; } = "";
    /// <summary>The product ID where the device gives one (JL635A, WS-C2960X-48FPD-L), else its model name.</summary>
    public string Model { get; init; } = "";
    /// <summary>The marketing name beside the product ID, where the device tells it.</summary>
    public string ModelName { get; init; } = "";
    /// <summary>The product family (Catalyst 2960-X, FortiGate), where a definition says how to tell it.</summary>
    public string HardwareFamily { get; init; } = "";
    public string Serial { get; init; } = "";
    public string OsName { get; init; } = "";
    public string OsVersion { get; init; } = "";
    public DeviceRole Role { get; init; }

    /// <summary>LLDP local chassis ID as neighbours see it (a MAC as aa:bb:..., else the text).</summary>
    public string ChassisId { get; init; } = "";
    /// <summary>Addresses the device was polled at or announces for management.</summary>
    public IReadOnlyList<string> ManagementAddresses { get; init; } = [];

    public IReadOnlyList<DeviceInterface> Interfaces { get; init; } = [];
    public IReadOnlyList<InterfaceAddress> Addresses { get; init; } = [];
    public IReadOnlyList<DeviceVlan> Vlans { get; init; } = [];
    public IReadOnlyList<DeviceComponent> Components { get; init; } = [];

    public PollStatus Status { get; init; }
    /// <summary>What went wrong, stage by stage ("lldp: timeout").</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    /// <summary>Which credential answered, without its secret ("v3 netops authPriv", "v2c #2").</summary>
    public string Credential { get; init; } = "";
    /// <summary>Id of the device definition that identified the device.</summary>
    public string Profile { get; init; } = "";

    /// <summary>What people call the device: its name, or its id when it told none.</summary>
    public string Label => Name.Length > 0 ? Name : Id;

    /// <summary>
    /// The members of a stack or virtual chassis (StackWise, VSF, StackWise Virtual, Virtual Chassis): ENTITY-MIB's
    /// chassis entities in index order, each with its own model and serial; empty for a single chassis.
    /// </summary>
    public IReadOnlyList<DeviceComponent> StackMembers()
    {
        var chassis = Components.Where(c => c.Class == "chassis").OrderBy(c => c.Index).ToArray();
        return chassis.Length >= 2 ? chassis : [];
    }

    public DeviceInterface? Interface(int ifIndex) => Interfaces.FirstOrDefault(i => i.IfIndex == ifIndex);

    /// <summary>The name a port is shown by (<see cref="InterfaceNames.Of(DeviceInterface?, int)"/>).</summary>
    public string PortName(int ifIndex) => InterfaceNames.Of(Interface(ifIndex), ifIndex);
}
