using System.Net;
using NetMapper.Lab.Spec;

namespace NetMapper.Lab.Generation;

/// <summary>What the far end of a cable announces over LLDP and CDP.</summary>
internal sealed record Neighbor(
    bool Lldp, bool Cdp, byte[] ChassisMac, bool PortIsMac, string Port, string Name, string Descr, IPAddress? Address,
    string Platform, byte LldpCapabilities, uint CdpCapabilities)
{
    // LLDP capability bits (first octet, most significant first) and CDP capability flags.
    private const byte LldpBridge = 0x20, LldpWlanAp = 0x10, LldpRouter = 0x08, LldpStation = 0x01;
    private const uint CdpRouter = 0x01, CdpTransBridge = 0x02, CdpSwitch = 0x08, CdpHost = 0x10, CdpIgmp = 0x20;

    public static Neighbor? From(object? peer) => peer switch
    {
        LabPort port => Device(port),
        LabHost host => Host(host),
        _ => null,
    };

    private static Neighbor Device(LabPort port)
    {
        var device = port.Device;
        var (lldp, cdp) = device.Model.Kind switch
        {
            "switch" => (LldpBridge, CdpSwitch | CdpIgmp),
            "l3switch" or "wlc" => ((byte)(LldpBridge | LldpRouter), CdpRouter | CdpSwitch | CdpIgmp),
            "server" => (LldpStation, CdpHost),
            _ => (LldpRouter, CdpRouter),
        };
        string descr = DeviceRecording.Fill(device, device.Model.Descr);
        return new Neighbor(device.Model.Lldp, device.Model.Cdp, device.BaseMac, false, port.Name, device.Name, descr,
            device.Management, $"cisco {device.Model.Name}", lldp, cdp);
    }

    /// <summary>
    /// A host speaks LLDP like lldpd (chassis and port IDs are its MAC) when it has an LLDP description, CDP when it has a platform.
    /// </summary>
    private static Neighbor Host(LabHost host)
    {
        var (lldp, cdp) = host.Entry.Kind switch
        {
            "ap" => ((byte)(LldpBridge | LldpWlanAp), CdpTransBridge),
            "router" => (LldpRouter, CdpRouter),
            "phone" => ((byte)(LldpBridge | 0x04), CdpHost),
            _ => (LldpStation, CdpHost),
        };
        string descr = host.Entry.Lldp.Length > 0 ? host.Entry.Lldp : host.Entry.Cdp;
        bool speaksLldp = host.Entry.Lldp.Length > 0, speaksCdp = host.Entry.Cdp.Length > 0;
        return new Neighbor(speaksLldp, speaksCdp, host.Mac, true, host.Entry.Port, host.Name, descr, host.Address,
            host.Entry.Cdp, lldp, cdp);
    }
}
