using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using NetMapper.Topology;
using PacketDotNet;
using SharpPcap;
using SharpPcap.LibPcap;

namespace NetMapper.Capture.Sweeps;

/// <summary>
/// ARP sweep of on-link ranges with raw frames: requests go out at a set rate, replies are matched to the addresses
/// asked for, and an address answering from two MACs is reported as a conflict. Not the kernel's neighbour table,
/// which overflows on large ranges.
/// </summary>
public static class ArpSweeper
{
    public sealed record Options(int RatePerSecond = 10_000, int Rounds = 2)
    {
        /// <summary>Longest wait for replies after a round.</summary>
        public TimeSpan Wait { get; init; } = TimeSpan.FromMilliseconds(1000);
        /// <summary>
        /// Shortest quiet period that ends a round (see <see cref="ReplyClock.Quiet"/>): on a LAN replies take microseconds.
        /// </summary>
        public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(10);
    }

    // Offset of the target protocol address in an Ethernet + ARP request frame.
    private const int TargetAddressOffset = 38;

    public static async Task<SweepResult> RunAsync(
        string interfaceName, IReadOnlyList<IPAddress> targets, Options options, CancellationToken cancellationToken = default)
    {
        // Two handles: libpcap handles are not safe to send on while another thread captures on them.
        var device = LiveDevices.Find(interfaceName);
        var pcapInterface = device.Interface
            ?? throw new CaptureException(CaptureFailure.Unusable, $"interface '{interfaceName}' cannot be opened twice");
        var sender = new LibPcapLiveDevice(pcapInterface);
        try
        {
            return await SweepAsync(interfaceName, device, sender, targets, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Closed side by side too: the kernel waits out an RCU grace period (tens of ms) to release each packet socket.
            Parallel.Invoke(device.Dispose, sender.Dispose);
        }
    }

    private static async Task<SweepResult> SweepAsync(string interfaceName, LibPcapLiveDevice device, LibPcapLiveDevice sender,
        IReadOnlyList<IPAddress> targets, Options options, CancellationToken cancellationToken)
    {
        // ARP frames are 42-60 bytes: a short snapshot length packs a /16's replies into a small ring.
        var capturing = new DeviceConfiguration
        {
            Mode = DeviceModes.None, ReadTimeout = 2, Immediate = true, Snaplen = 128, BufferSize = 2 * 1024 * 1024,
        };
        var sending = new DeviceConfiguration { Mode = DeviceModes.None, Snaplen = 128, BufferSize = 64 * 1024 };
        PcapOpen.RunTogether($"interface '{interfaceName}'", () => device.Open(capturing), () => sender.Open(sending));
        var sourceMac = device.MacAddress
            ?? throw new CaptureException(CaptureFailure.Unusable, $"interface '{interfaceName}' has no MAC address: ARP needs Ethernet");
        var sourceIp = FirstIPv4Address(device)
            ?? throw new CaptureException(CaptureFailure.Unusable,
                $"interface '{interfaceName}' has no IPv4 address to send ARP requests from");
        device.Filter = "arp and arp[6:2] = 2"; // replies only

        var index = new Dictionary<IPAddress, int>(targets.Count);
        for (int i = 0; i < targets.Count; i++) index.TryAdd(targets[i], i);
        var sentAtUtcTicks = new long[targets.Count];
        var answers = new ConcurrentDictionary<IPAddress, ConcurrentDictionary<MacAddress, double>>();
        var clock = new ReplyClock();
        bool AllAnswered() => answers.Count >= targets.Count;
        device.OnPacketArrival += (_, capture) =>
        {
            var packet = Packet.ParsePacket(capture.Device.LinkType, capture.Data.ToArray());
            if (packet.Extract<ArpPacket>() is not { Operation: ArpOperation.Response } arp) return;
            var from = arp.SenderProtocolAddress;
            if (!index.TryGetValue(from, out int i) || arp.SenderHardwareAddress.GetAddressBytes() is not { Length: 6 } macBytes) return;
            // From the kernel's receive timestamp: the time this callback runs also counts our own processing.
            long sentAt = Volatile.Read(ref sentAtUtcTicks[i]);
            double rtt = sentAt == 0 ? 0 : Math.Max(0, (capture.Header.Timeval.Date.Ticks - sentAt) / (double)TimeSpan.TicksPerMillisecond);
            answers.GetOrAdd(from, _ => new()).TryAdd(MacAddress.FromBytes(macBytes), rtt);
            clock.Record(rtt);
        };

        // One request built by PacketDotNet, re-addressed for each target.
        var frame = Request(sourceMac, sourceIp);
        var watch = Stopwatch.StartNew();
        int sent = 0;
        device.StartCapture();
        try
        {
            for (int round = 0; round < options.Rounds && !cancellationToken.IsCancellationRequested; round++)
            {
                var pending = targets.Where(t => !answers.ContainsKey(t)).ToArray();
                if (pending.Length == 0) break;
                var pacer = new ProbePacer(options.RatePerSecond);
                foreach (var target in pending)
                {
                    if (cancellationToken.IsCancellationRequested) break;
                    target.TryWriteBytes(frame.AsSpan(TargetAddressOffset, 4), out _);
                    Volatile.Write(ref sentAtUtcTicks[index[target]], DateTime.UtcNow.Ticks);
                    sender.SendPacket(frame);
                    sent++;
                    await pacer.SentOneAsync(cancellationToken).ConfigureAwait(false);
                }
                await clock.WaitForQuietAsync(options.Quiet, options.Wait, AllAnswered, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted: report what answered so far.
        }
        finally
        {
            device.StopCapture();
        }
        return Result(answers, targets.Count, sent, watch.Elapsed);
    }

    private static IPAddress? FirstIPv4Address(LibPcapLiveDevice device) => device.Addresses
        .Select(a => a.Addr?.ipAddress)
        .FirstOrDefault(a => a?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);

    private static SweepResult Result(
        ConcurrentDictionary<IPAddress, ConcurrentDictionary<MacAddress, double>> answers, int probed, int sent, TimeSpan elapsed)
    {
        var hits = new List<SweepHit>(answers.Count);
        var conflicts = new List<(IPAddress, IReadOnlyList<MacAddress>)>();
        foreach (var (address, macs) in answers.OrderBy(a => SweepTargets.ToUInt(a.Key)))
        {
            var ordered = macs.Keys.Order().ToArray();
            hits.Add(new SweepHit(address, ordered[0], macs.Values.Min()));
            if (ordered.Length > 1) conflicts.Add((address, ordered));
        }
        return new SweepResult(SweepMethod.Arp, hits, conflicts, probed, sent, elapsed);
    }

    private static byte[] Request(PhysicalAddress sourceMac, IPAddress sourceIp)
    {
        var broadcast = PhysicalAddress.Parse("FF-FF-FF-FF-FF-FF");
        var unknownTarget = PhysicalAddress.Parse("00-00-00-00-00-00");
        var ethernet = new EthernetPacket(sourceMac, broadcast, EthernetType.Arp)
        {
            PayloadPacket = new ArpPacket(ArpOperation.Request, unknownTarget, IPAddress.Any, sourceMac, sourceIp),
        };
        return ethernet.Bytes;
    }
}
