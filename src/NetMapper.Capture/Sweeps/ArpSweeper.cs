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
        /// <summary>A round ends early once no reply has come for this long: on a LAN replies take microseconds.</summary>
        public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(50);
    }

    public static SweepResult Run(string interfaceName, IReadOnlyList<IPAddress> targets, Options options, CancellationToken cancellationToken = default)
    {
        // Two handles: libpcap handles are not safe to send on while another thread captures on them.
        using var device = LiveDevices.Find(interfaceName);
        using var sender = new LibPcapLiveDevice(device.Interface ?? throw new CaptureException($"interface '{interfaceName}' cannot be opened twice"));
        var configuration = new DeviceConfiguration { Mode = DeviceModes.None, ReadTimeout = 10, Immediate = true, BufferSize = 16 * 1024 * 1024 };
        PcapOpen.Run(() => { device.Open(configuration); sender.Open(new DeviceConfiguration { Mode = DeviceModes.None }); return 0; }, $"interface '{interfaceName}'");
        var sourceMac = device.MacAddress ?? throw new CaptureException($"interface '{interfaceName}' has no MAC address: ARP needs Ethernet");
        var sourceIp = device.Addresses.Select(a => a.Addr?.ipAddress).FirstOrDefault(a => a?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            ?? throw new CaptureException($"interface '{interfaceName}' has no IPv4 address to send ARP requests from");
        device.Filter = "arp and arp[6:2] = 2"; // replies only

        var wanted = targets.ToHashSet();
        var sentAt = new ConcurrentDictionary<IPAddress, long>();
        var answers = new ConcurrentDictionary<IPAddress, ConcurrentDictionary<MacAddress, double>>();
        long lastReply = Stopwatch.GetTimestamp();
        device.OnPacketArrival += (_, capture) =>
        {
            if (Packet.ParsePacket(capture.Device.LinkType, capture.Data.ToArray()).Extract<ArpPacket>() is not { Operation: ArpOperation.Response } arp) return;
            var from = arp.SenderProtocolAddress;
            if (!wanted.Contains(from) || arp.SenderHardwareAddress.GetAddressBytes() is not { Length: 6 } macBytes) return;
            double rtt = sentAt.TryGetValue(from, out long at) ? Stopwatch.GetElapsedTime(at).TotalMilliseconds : 0;
            answers.GetOrAdd(from, _ => new()).TryAdd(MacAddress.FromBytes(macBytes), rtt);
            Interlocked.Exchange(ref lastReply, Stopwatch.GetTimestamp());
        };

        var watch = Stopwatch.StartNew();
        int sent = 0;
        device.StartCapture();
        try
        {
            for (int round = 0; round < options.Rounds && !cancellationToken.IsCancellationRequested; round++)
            {
                var pending = targets.Where(t => !answers.ContainsKey(t)).ToArray();
                if (pending.Length == 0) break;
                var paced = Stopwatch.StartNew();
                int sentThisRound = 0;
                foreach (var target in pending)
                {
                    if (cancellationToken.IsCancellationRequested) break;
                    sentAt[target] = Stopwatch.GetTimestamp();
                    sender.SendPacket(Request(sourceMac, sourceIp, target));
                    sent++;
                    // Pace each round: never ahead of the rate (checked every 64 frames; sleeping per frame is too coarse).
                    if (++sentThisRound % 64 == 0)
                    {
                        var ahead = TimeSpan.FromSeconds((double)sentThisRound / options.RatePerSecond) - paced.Elapsed;
                        if (ahead > TimeSpan.FromMilliseconds(1)) Thread.Sleep(ahead);
                    }
                }
                WaitForAnswers(answers, targets.Count, options, () => Interlocked.Read(ref lastReply), cancellationToken);
            }
        }
        finally
        {
            device.StopCapture();
        }
        var hits = answers.OrderBy(a => SweepTargets.ToUInt(a.Key))
            .Select(a => new SweepHit(a.Key, a.Value.Keys.Order().First(), a.Value.Values.Min())).ToArray();
        var conflicts = answers.Where(a => a.Value.Count > 1).OrderBy(a => SweepTargets.ToUInt(a.Key))
            .Select(a => (a.Key, (IReadOnlyList<MacAddress>)a.Value.Keys.Order().ToArray())).ToArray();
        return new SweepResult("arp", hits, conflicts, targets.Count, sent, watch.Elapsed);
    }

    /// <summary>Waits for replies after a round: until every address answered, replies have stopped coming for the quiet
    /// period, or the longest wait passed.</summary>
    private static void WaitForAnswers(ConcurrentDictionary<IPAddress, ConcurrentDictionary<MacAddress, double>> answers, int expected, Options options,
        Func<long> lastReply, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < options.Wait && answers.Count < expected && !cancellationToken.IsCancellationRequested)
        {
            var quietFor = TimeSpan.FromTicks(Math.Min(waited.Elapsed.Ticks, Stopwatch.GetElapsedTime(lastReply()).Ticks));
            if (quietFor >= options.Quiet) break;
            Thread.Sleep(5);
        }
    }

    private static byte[] Request(PhysicalAddress sourceMac, IPAddress sourceIp, IPAddress target)
    {
        var ethernet = new EthernetPacket(sourceMac, PhysicalAddress.Parse("FF-FF-FF-FF-FF-FF"), EthernetType.Arp)
        {
            PayloadPacket = new ArpPacket(ArpOperation.Request, PhysicalAddress.Parse("00-00-00-00-00-00"), target, sourceMac, sourceIp),
        };
        return ethernet.Bytes;
    }
}
