using System.Net;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// TP-Link JetStream and Omada switches leave lldpRemTable empty and list their neighbours in TPLINK-LLDPINFO-MIB
/// lldpNeighborInfoTable (index ifIndex.lldpNeighborPortIndexId), every value as text: "MAC address",
/// "48:A9:8A:C1:AC:58", "Interface name", "gi1/0/6", capabilities "Bridge Router", the address "::169.254.2.131".
/// </summary>
internal static class TpLinkLldp
{
    private const string Enterprise = "1.3.6.1.4.1.11863";

    public static readonly Oid NeighborEntry = MibText.Oid("1.3.6.1.4.1.11863.6.35.1.2.2.1");

    /// <summary>lldpNeighborChassisIdType, ChassisId, PortIdType, PortIdDescr, PortDescr, DeviceName, DeviceDescr,
    /// CapEnabled, ManageIpAddr.</summary>
    public static readonly uint[] Columns = [3, 4, 5, 6, 8, 9, 10, 12, 13];

    // The IEEE 802.1AB subtype names, in subtype order, that the type columns spell out.
    private static readonly string[] ChassisSubtypes =
        ["", "chassis component", "interface alias", "port component", "mac address", "network address", "interface name",
         "locally assigned"];
    private static readonly string[] PortSubtypes =
        ["", "interface alias", "port component", "mac address", "network address", "interface name", "agent circuit id",
         "locally assigned"];
    private static readonly string[] CapabilityNames = NeighborCapabilities.FromLldp(0x7FF);

    public static bool Applies(DeviceBuilder device) => device.System?.ObjectId is { } id
        && (id == Enterprise || id.StartsWith(Enterprise + ".", StringComparison.Ordinal));

    public static NeighborObservation Observation(DeviceBuilder device, TableRow row)
    {
        int ifIndex = (int)row.Index[0];
        int chassisSubtype = Subtype(ChassisSubtypes, row.Text(3)), portSubtype = Subtype(PortSubtypes, row.Text(5));
        return new NeighborObservation(DeviceBuilder.Pending, ifIndex, NeighborProtocol.Lldp)
        {
            LocalPort = device.PortName(ifIndex),
            RemoteChassisIdSubtype = chassisSubtype,
            RemoteChassisId = MibText.LldpId(chassisSubtype, row.Bytes(4), isChassis: true),
            RemotePortIdSubtype = portSubtype,
            RemotePortId = MibText.LldpId(portSubtype, row.Bytes(6), isChassis: false),
            RemotePortDescription = row.Text(8),
            RemoteSysName = row.Text(9),
            RemoteSysDescr = row.Text(10),
            RemoteCapabilities = Capabilities(row.Text(12)),
            RemoteManagementAddresses = Address(row.Text(13)) is { } address ? [address] : [],
        };
    }

    /// <summary>The LLDP capability names among the words ("Bridge Router " is bridge and router).</summary>
    private static string[] Capabilities(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return CapabilityNames.Where(name => words.Contains(name, StringComparer.OrdinalIgnoreCase)).ToArray();
    }

    private static int Subtype(string[] names, string text) =>
        Math.Max(0, Array.IndexOf(names, text.Trim().ToLowerInvariant()));

    /// <summary>The address as text; an IPv4 address written IPv4-compatible ("::169.254.2.131") as IPv4, "::" as none.</summary>
    private static string? Address(string text)
    {
        if (!IPAddress.TryParse(text.Trim(), out var address) || address.Equals(IPAddress.IPv6Any)) return null;
        var bytes = address.GetAddressBytes();
        bool compatible = bytes.Length == 16 && bytes[..12].All(b => b == 0) && !address.Equals(IPAddress.IPv6Loopback);
        if (compatible || address.IsIPv4MappedToIPv6) return new IPAddress(bytes[12..]).ToString();
        return address.ToString();
    }
}
