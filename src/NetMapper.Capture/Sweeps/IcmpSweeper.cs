using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NetMapper.Capture.Sweeps;

/// <summary>
/// ICMP echo sweep for routed ranges, many probes in flight. With CAP_NET_RAW it uses a raw socket; without it, Linux's
/// unprivileged ICMP ("ping") socket, where net.ipv4.ping_group_range allows it. If neither can be opened it says so.
/// </summary>
public static class IcmpSweeper
{
    public sealed record Options(int RatePerSecond = 10_000, int Rounds = 2)
    {
        public TimeSpan Wait { get; init; } = TimeSpan.FromSeconds(1);
        /// <summary>
        /// Shortest quiet period that ends a round (see <see cref="ReplyClock.Quiet"/>); routed RTTs reach a few hundred ms.
        /// </summary>
        public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(300);
    }

    public static async Task<SweepResult> RunAsync(
        IReadOnlyList<IPAddress> targets, Options options, CancellationToken cancellationToken = default)
    {
        var (socket, raw) = OpenSocket();
        using var _ = socket;
        ushort identifier = (ushort)Random.Shared.Next(1, ushort.MaxValue);
        var wanted = targets.ToHashSet();
        var sentAt = new ConcurrentDictionary<IPAddress, long>();
        var answered = new ConcurrentDictionary<IPAddress, double>();
        var clock = new ReplyClock();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiver = Task.Run(
            () => ReceiveAsync(socket, raw, identifier, wanted, sentAt, answered, clock, stop.Token), CancellationToken.None);
        bool AllAnswered() => answered.Count >= targets.Count;

        var watch = Stopwatch.StartNew();
        int sent = 0;
        for (int round = 0; round < options.Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            var pending = targets.Where(t => !answered.ContainsKey(t)).ToArray();
            if (pending.Length == 0) break;
            var pacer = new ProbePacer(options.RatePerSecond);
            try
            {
                foreach (var target in pending)
                {
                    if (cancellationToken.IsCancellationRequested) break;
                    sentAt[target] = Stopwatch.GetTimestamp();
                    var echo = Echo(identifier, (ushort)sent);
                    var to = new IPEndPoint(target, 0);
                    try { await socket.SendToAsync(echo, SocketFlags.None, to, cancellationToken).ConfigureAwait(false); }
                    catch (SocketException) { } // unreachable network: that address is simply not alive
                    sent++;
                    await pacer.SentOneAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break; // interrupted: report what answered so far
            }
            await clock.WaitForQuietAsync(options.Quiet, options.Wait, AllAnswered, cancellationToken).ConfigureAwait(false);
        }
        await stop.CancelAsync().ConfigureAwait(false);
        try { await receiver.ConfigureAwait(false); } catch (OperationCanceledException) { }
        var hits = answered.OrderBy(a => SweepTargets.ToUInt(a.Key)).Select(a => new SweepHit(a.Key, null, a.Value)).ToArray();
        return new SweepResult(SweepMethod.Icmp, hits, [], targets.Count, sent, watch.Elapsed);
    }

    private static (Socket Socket, bool Raw) OpenSocket()
    {
        try { return (Bound(new Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp)), true); }
        catch (SocketException) { }
        try { return (Bound(new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Icmp)), false); }
        catch (SocketException e)
        {
            string noRaw = "no raw socket (needs root or CAP_NET_RAW)";
            string noPing = "no unprivileged ICMP socket (allow this user's group in net.ipv4.ping_group_range)";
            throw new CaptureException(CaptureFailure.NeedsPrivileges, $"ICMP sweep: {noRaw} and {noPing}: {e.Message}", e);
        }
    }

    private static Socket Bound(Socket socket)
    {
        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
        socket.ReceiveBufferSize = 4 * 1024 * 1024;
        return socket;
    }

    private static async Task ReceiveAsync(
        Socket socket, bool raw, ushort identifier, HashSet<IPAddress> wanted,
        ConcurrentDictionary<IPAddress, long> sentAt, ConcurrentDictionary<IPAddress, double> answered, ReplyClock clock,
        CancellationToken cancellationToken)
    {
        var buffer = new byte[2048];
        var anyone = new IPEndPoint(IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try { result = await socket.ReceiveFromAsync(buffer, SocketFlags.None, anyone, cancellationToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            catch (SocketException) { continue; }
            var from = ((IPEndPoint)result.RemoteEndPoint).Address;
            var icmp = buffer.AsSpan(0, result.ReceivedBytes);
            if (raw)
            {
                if (icmp.Length < 20) continue;
                icmp = icmp[((icmp[0] & 0x0F) * 4)..]; // skip the IP header
            }
            // Echo reply (type 0). A ping socket rewrites the identifier to its own port, so only a raw socket checks it.
            if (icmp.Length < 8 || icmp[0] != 0 || (raw && BinaryPrimitives.ReadUInt16BigEndian(icmp[4..]) != identifier)) continue;
            if (!wanted.Contains(from)) continue;
            double rtt = sentAt.TryGetValue(from, out long at) ? Stopwatch.GetElapsedTime(at).TotalMilliseconds : 0;
            if (answered.TryAdd(from, rtt)) clock.Record(rtt);
        }
    }

    private static byte[] Echo(ushort identifier, ushort sequence)
    {
        var packet = new byte[16];
        packet[0] = 8; // echo request
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(4), identifier);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(6), sequence);
        "netmap!!"u8.CopyTo(packet.AsSpan(8));
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), Checksum(packet));
        return packet;
    }

    private static ushort Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (int i = 0; i + 1 < data.Length; i += 2) sum += BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
        if (data.Length % 2 == 1) sum += (uint)data[^1] << 8;
        while (sum >> 16 != 0) sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }
}
