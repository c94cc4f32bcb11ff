namespace NetMapper.Lab.Spec;

/// <summary>
/// The YAML description of a test network (<c>network.yaml</c>): VLANs, device models, devices, cabling and end hosts.
/// Everything a recording needs is derived from it, so both ends of every link, the FDB, ARP and VLAN tables agree.
/// </summary>
public sealed class NetworkFile
{
    public string Network { get; set; } = "";
    public string Site { get; set; } = "";
    public string Contact { get; set; } = "";
    /// <summary>The device a scan of this network starts from (default: the first device).</summary>
    public string Seed { get; set; } = "";
    /// <summary>The management subnet ("127.20.99.0/24"): every device has its management address in it.</summary>
    public string Management { get; set; } = "";
    /// <summary>The VLAN of the management subnet: switches carry their management address on its SVI.</summary>
    public int ManagementVlan { get; set; } = 99;
    /// <summary>Community that devices with <c>snmp: v2c</c> answer.</summary>
    public string Community { get; set; } = "public";
    public List<VlanEntry> Vlans { get; set; } = [];
    public List<ModelEntry> Models { get; set; } = [];
    public List<DeviceEntry> Devices { get; set; } = [];
    /// <summary>"A PORT -- B PORT [lag NAME] [access V | trunk V,V,...]"; B may be a host.</summary>
    public List<string> Links { get; set; } = [];
    public List<HostEntry> Hosts { get; set; } = [];
}

public sealed class VlanEntry
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>What every device of one model shares. <c>{os}</c>, <c>{serial}</c> and <c>{model}</c> are filled in per device.</summary>
public sealed class ModelEntry
{
    public string Name { get; set; } = "";
    /// <summary>cisco | aruba | fortinet | paloalto | f5 | linux | generic: decides the vendor MIBs written.</summary>
    public string Vendor { get; set; } = "generic";
    /// <summary>router | firewall | switch | l3switch | wlc | loadbalancer | server.</summary>
    public string Kind { get; set; } = "router";
    public string ObjectId { get; set; } = "";
    public string Descr { get; set; } = "";
    /// <summary>First three octets of the device's MAC addresses ("00:a3:d1").</summary>
    public string Oui { get; set; } = "";
    /// <summary>entPhysicalDescr of the chassis.</summary>
    public string Chassis { get; set; } = "";
    public bool Lldp { get; set; } = true;
    public bool Cdp { get; set; }
    /// <summary>Interface holding the management address; default the management VLAN's SVI on switches, else "mgmt0".</summary>
    public string? MgmtPort { get; set; }
    /// <summary>Port speed in Mbit/s by name prefix ("TwentyFiveGigE": 25000); default 1000.</summary>
    public Dictionary<string, int> Speeds { get; set; } = [];
    /// <summary>Vendor objects the identity profiles read (OID: value, with placeholders).</summary>
    public Dictionary<string, string> Extra { get; set; } = [];
}

public sealed class DeviceEntry
{
    public string Name { get; set; } = "";
    public string Model { get; set; } = "";
    public string Os { get; set; } = "";
    public string Serial { get; set; } = "";
    /// <summary>Management address: where the lab serves the device, and an address on <see cref="MgmtPort"/>.</summary>
    public string Mgmt { get; set; } = "";
    /// <summary>v3 (SNMPv3 only) | v2c (the network's community) | none (does not answer).</summary>
    public string Snmp { get; set; } = "v3";
    public string Location { get; set; } = "";
    /// <summary>"PORT ADDRESS/LEN", e.g. "Vlan110 10.10.110.1/24".</summary>
    public List<string> Addresses { get; set; } = [];
    /// <summary>"PREFIX via NEXTHOP [static|ospf|bgp] [metric N]".</summary>
    public List<string> Routes { get; set; } = [];
}

/// <summary>An end host, seen by the network through ARP and FDB, and through LLDP/CDP if it speaks them.</summary>
public sealed class HostEntry
{
    public string Name { get; set; } = "";
    /// <summary>server | pc | printer | phone | ap | router (a device outside the firm, at the end of a line).</summary>
    public string Kind { get; set; } = "pc";
    /// <summary>"ADDRESS/LEN".</summary>
    public string Ip { get; set; } = "";
    public string Oui { get; set; } = "";
    /// <summary>"DEVICE PORT": where the host is cabled (through a link line instead when it needs a trunk or a LAG).</summary>
    public string? At { get; set; }
    public int? Vlan { get; set; }
    /// <summary>Host interface name ("ens192").</summary>
    public string Port { get; set; } = "eth0";
    /// <summary>sysDescr the host announces over LLDP (lldpd); none when empty.</summary>
    public string Lldp { get; set; } = "";
    /// <summary>Platform the host announces over CDP (Cisco APs and routers); none when empty.</summary>
    public string Cdp { get; set; } = "";
}
