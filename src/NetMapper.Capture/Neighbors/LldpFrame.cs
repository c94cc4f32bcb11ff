using System.Net;
using System.Text;
using NetMapper.Topology;
using PacketDotNet;
using PacketDotNet.Lldp;

namespace NetMapper.Capture.Neighbors;

/// <summary>LLDP frames (EtherType 0x88cc), decoded with PacketDotNet's TLV classes.</summary>
internal static class LldpFrame
{
    public static CapturedNeighbor? Decode(EthernetPacket ethernet, DateTime seenAt)
    {
        if (ethernet.Type != EthernetType.Lldp || ethernet.Extract<LldpPacket>() is not { } lldp) return null;
        var source = MacAddress.FromBytes(ethernet.SourceHardwareAddress.GetAddressBytes());
        var neighbor = new CapturedNeighbor(NeighborProtocol.Lldp, source) { SeenAt = seenAt };
        var addresses = new List<string>();
        foreach (Tlv tlv in lldp.TlvCollection)
        {
            neighbor = tlv switch
            {
                ChassisIdTlv c => neighbor with { ChassisIdSubtype = (int)c.SubType, ChassisId = IdText(c.SubTypeValue) },
                PortIdTlv p => neighbor with { PortIdSubtype = (int)p.SubType, PortId = IdText(p.SubTypeValue) },
                TimeToLiveTlv t => neighbor with { TimeToLive = TimeSpan.FromSeconds(t.Seconds) },
                PortDescriptionTlv d => neighbor with { PortDescription = d.Description },
                SystemNameTlv n => neighbor with { SysName = n.Name },
                SystemDescriptionTlv s => neighbor with { SysDescr = s.Description },
                SystemCapabilitiesTlv caps => neighbor with { Capabilities = NeighborCapabilities.FromLldp(caps.Enabled) },
                OrganizationSpecificTlv { OrganizationDefinedInfoString: var info } o when IsPortVlan(o) =>
                    neighbor with { Vlan = info.Length >= 2 ? info[0] << 8 | info[1] : null },
                _ => neighbor,
            };
            if (tlv is ManagementAddressTlv { Address: { } address } && AddressText(address) is { } text) addresses.Add(text);
        }
        return neighbor with { ManagementAddresses = addresses };
    }

    private static bool IsPortVlan(OrganizationSpecificTlv tlv) =>
        tlv.OrganizationUniqueID is [0x00, 0x80, 0xC2] && tlv.OrganizationDefinedSubType == 1;

    private static string IdText(object? value) => value switch
    {
        System.Net.NetworkInformation.PhysicalAddress mac when mac.GetAddressBytes().Length == 6 =>
            MacAddress.FromBytes(mac.GetAddressBytes()).ToString(),
        NetworkAddress address => AddressText(address) ?? "",
        byte[] bytes => IsPrintableAscii(bytes) ? Encoding.ASCII.GetString(bytes) : Convert.ToHexString(bytes).ToLowerInvariant(),
        null => "",
        _ => value.ToString() ?? "",
    };

    private static bool IsPrintableAscii(byte[] bytes) => bytes.All(b => b is >= 0x20 and < 0x7F);

    private static string? AddressText(NetworkAddress address) => address.Address is IPAddress ip ? ip.ToString() : null;
}
