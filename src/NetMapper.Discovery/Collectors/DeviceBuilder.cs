using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>What the system group says.</summary>
public sealed record SystemInfo(string Descr, string ObjectId, uint Uptime, string Contact, string Name, string Location, int Services);

/// <summary>Collects what the stages of one poll find; <see cref="Freeze"/> turns it into an immutable snapshot.</summary>
public sealed class DeviceBuilder(string address)
{
    /// <summary>Placeholder device id in observations until the device's identity is known.</summary>
    internal const string Pending = "";

    public string Address { get; } = address;
    public SystemInfo? System { get; set; }
    public Dictionary<int, DeviceInterface> Interfaces { get; } = [];
    public List<InterfaceAddress> Addresses { get; } = [];
    public List<DeviceComponent> Components { get; } = [];
    public SortedDictionary<int, DeviceVlan> Vlans { get; } = [];
    public Dictionary<int, int> BasePortToIfIndex { get; } = [];
    public List<NeighborObservation> Neighbors { get; } = [];
    public List<FdbEntry> Fdb { get; } = [];
    public List<ArpEntry> Arp { get; } = [];
    public List<RouteEntry> Routes { get; } = [];
    public List<StpPortState> Stp { get; } = [];
    public List<string> Problems { get; } = [];
    public Dictionary<NetMapper.Snmp.Oid, NetMapper.Snmp.SnmpValue> VendorScalars { get; } = [];
    public HashSet<string> ManagementAddresses { get; } = [];
    public string ChassisId { get; set; } = "";
    public string LldpLocalSysName { get; set; } = "";
    public string CdpDeviceId { get; set; } = "";
    public string Credential { get; set; } = "";
    public DeviceIdentity? Identity { get; set; }

    public string PortName(int ifIndex) => InterfaceNames.Of(Interfaces.GetValueOrDefault(ifIndex), ifIndex);

    /// <summary>The ifIndex of an interface named <paramref name="name"/> (ifName, ifDescr or ifAlias), if any.</summary>
    public int? IfIndexByName(string name)
    {
        if (name.Length == 0) return null;
        foreach (var match in new Func<DeviceInterface, string>[] { i => i.Name, i => i.Description, i => i.Alias })
        {
            var found = Interfaces.Values.FirstOrDefault(i => string.Equals(match(i), name, StringComparison.OrdinalIgnoreCase));
            if (found is not null) return found.IfIndex;
        }
        return null;
    }

    public DeviceSnapshot Freeze(string id, PollStatus status)
    {
        var identity = Identity ?? DeviceIdentity.Unknown;
        var system = System ?? new SystemInfo("", "", 0, "", "", "", 0);
        var device = new Device(id)
        {
            Name = system.Name,
            SysDescr = system.Descr,
            SysObjectId = system.ObjectId,
            Location = system.Location,
            Contact = system.Contact,
            SysServices = system.Services,
            UptimeTicks = system.Uptime,
            Vendor = identity.Vendor,
            Model = identity.Model,
            ModelName = identity.ModelName,
            HardwareFamily = identity.HardwareFamily,
            Serial = identity.Serial,
            OsName = identity.OsName,
            OsVersion = identity.OsVersion,
            Role = identity.Role,
            Profile = identity.Profile,
            ChassisId = ChassisId,
            ManagementAddresses = ManagementAddresses.Order(StringComparer.Ordinal).ToArray(),
            Interfaces = Interfaces.Values.OrderBy(i => i.IfIndex).ToArray(),
            Addresses = Addresses.ToArray(),
            Vlans = Vlans.Values.ToArray(),
            Components = Components.ToArray(),
            Status = status,
            Problems = Problems.ToArray(),
            Credential = Credential,
        };
        return new DeviceSnapshot(device)
        {
            Neighbors = Neighbors.Select(n => n with { DeviceId = id }).ToArray(),
            Fdb = Fdb.Select(f => f with { DeviceId = id }).ToArray(),
            Arp = Arp.Select(a => a with { DeviceId = id }).ToArray(),
            Routes = Routes.Select(r => r with { DeviceId = id }).ToArray(),
            Stp = Stp.Select(s => s with { DeviceId = id }).ToArray(),
        };
    }
}

/// <summary>What a device definition concluded about a device; <see cref="Profile"/> is the definition's id.</summary>
public sealed record DeviceIdentity(
    string Profile, string Vendor, string OsName, string OsVersion, string Model, string Serial, DeviceRole Role)
{
    /// <summary>The marketing name beside a product ID ("Aruba 6200F 48G CL4 4SFP+ 370W Switch" beside JL727A).</summary>
    public string ModelName { get; init; } = "";
    public string HardwareFamily { get; init; } = "";

    public static readonly DeviceIdentity Unknown = new("generic", "", "", "", "", "", DeviceRole.Unknown);
}
