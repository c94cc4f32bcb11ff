using NetMapper.Topology;
using PacketDotNet;
using SharpPcap;
using SharpPcap.LibPcap;

namespace NetMapper.Capture.Neighbors;

/// <summary>
/// Passive LLDP/CDP listening. A capture file and a live interface are both SharpPcap devices, so the decoding a test
/// runs on recorded frames is the one a scan runs on the wire.
/// </summary>
public static class NeighborCapture
{
    private const string Filter = "ether proto 0x88cc or ether dst 01:00:0c:cc:cc:cc";

    /// <summary>Every advertisement in a pcap file, in order.</summary>
    public static IReadOnlyList<CapturedNeighbor> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new CaptureException(CaptureFailure.NotFound, $"capture file '{path}' does not exist");
        using var device = PcapOpen.Run(() => new CaptureFileReaderDevice(path), $"capture file '{path}'");
        PcapOpen.Run(() => { device.Open(); return 0; }, $"capture file '{path}'");
        return Collect(device, TimeSpan.MaxValue, CancellationToken.None);
    }

    /// <summary>Listens on a live interface for <paramref name="duration"/> (LLDP is sent every 30 s, CDP every 60 s by default).</summary>
    public static IReadOnlyList<CapturedNeighbor> Listen(string interfaceName, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var device = LiveDevices.Find(interfaceName);
        PcapOpen.Run(() => { device.Open(DeviceModes.Promiscuous, 250); return 0; }, $"interface '{interfaceName}'");
        device.Filter = Filter;
        return Collect(device, duration, cancellationToken);
    }

    /// <summary>One entry per neighbour (protocol, chassis, port): the latest advertisement wins.</summary>
    public static IReadOnlyList<CapturedNeighbor> Distinct(IEnumerable<CapturedNeighbor> heard) =>
        heard.GroupBy(n => (n.Protocol, n.ChassisId, n.PortId)).Select(g => g.Last()).ToArray();

    public static CapturedNeighbor? Decode(RawCapture raw)
    {
        var seenAt = raw.Timeval.Date;
        if (raw.LinkLayerType != LinkLayers.Ethernet) return null;
        if (CdpFrame.IsCdp(raw.Data)) return CdpFrame.Decode(raw.Data, seenAt);
        try
        {
            var packet = Packet.ParsePacket(raw.LinkLayerType, raw.Data);
            return packet is EthernetPacket ethernet ? LldpFrame.Decode(ethernet, seenAt) : null;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            return null; // a malformed frame is skipped, not fatal
        }
    }

    private static List<CapturedNeighbor> Collect(ICaptureDevice device, TimeSpan duration, CancellationToken cancellationToken)
    {
        var heard = new List<CapturedNeighbor>();
        var until = duration == TimeSpan.MaxValue ? DateTime.MaxValue : DateTime.UtcNow + duration;
        while (!cancellationToken.IsCancellationRequested && DateTime.UtcNow < until)
        {
            var status = device.GetNextPacket(out PacketCapture capture);
            if (status == GetPacketStatus.NoRemainingPackets || status == GetPacketStatus.Error) break;
            if (status != GetPacketStatus.PacketRead) continue;
            if (Decode(capture.GetPacket()) is { } neighbor) heard.Add(neighbor);
        }
        return heard;
    }
}
