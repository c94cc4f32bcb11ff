namespace NetMapper.Topology;

/// <summary>Capability names for LLDP and CDP, one vocabulary for both ("bridge", "router", "wlanAccessPoint", ...).</summary>
public static class NeighborCapabilities
{
    private static readonly string[] LldpNames =
    [
        "other", "repeater", "bridge", "wlanAccessPoint", "router", "telephone",
        "docsisCableDevice", "stationOnly", "cVlanComponent", "sVlanComponent", "twoPortMacRelay",
    ];

    /// <summary>IEEE 802.1AB system capabilities: bit 0 (least significant) is "other".</summary>
    public static string[] FromLldp(int bits) => LldpNames.Where((_, bit) => (bits >> bit & 1) == 1).ToArray();

    /// <summary>CDP capabilities: 0x01 router, 0x02/0x04 bridge, 0x08 switch, 0x10 host, 0x20 IGMP, 0x40 repeater, 0x80 phone.</summary>
    public static string[] FromCdp(uint bits)
    {
        var names = new (uint Bit, string Name)[]
        {
            (0x01, "router"), (0x02, "bridge"), (0x04, "bridge"), (0x08, "bridge"),
            (0x10, "stationOnly"), (0x20, "igmp"), (0x40, "repeater"), (0x80, "telephone"),
        };
        return names.Where(n => (bits & n.Bit) != 0).Select(n => n.Name).Distinct().ToArray();
    }
}
