using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using NetMapper.Snmp.Ber;

namespace NetMapper.Snmp.Transport;

/// <summary>A datagram that decoded as SNMP, with the octets USM needs to check its digest and the id it answered.</summary>
internal sealed record ReceivedMessage(byte[] Packet, DecodedMessage Decoded, int Id);

/// <summary>
/// One UDP socket per address family shared by all requests of a client. A receive loop hands each
/// answer to the request waiting for its id (request-id for v1/v2c, msgID for v3); a request waits for the ids of
/// all its tries, so a late answer to an earlier try still counts. Answers from another address or with an id
/// nobody waits for are dropped.
/// </summary>
internal sealed class UdpChannel : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, Waiter> _waiting = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _gate = new();
    private Socket? _v4, _v6;
    private readonly List<Task> _loops = [];
    private long _received, _dropped;

    public long Received => Interlocked.Read(ref _received);
    public long Dropped => Interlocked.Read(ref _dropped);

    public sealed class Waiter(UdpChannel channel, IPEndPoint from) : IDisposable
    {
        private readonly List<int> _ids = [];
        internal readonly TaskCompletionSource<ReceivedMessage> Answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        internal IPEndPoint From { get; } = from;
        public Task<ReceivedMessage> Task => Answer.Task;

        /// <summary>Waits for the answer to one more try, sent with this id.</summary>
        public void Add(int id)
        {
            if (!channel._waiting.TryAdd(id, this)) throw new InvalidOperationException($"request id {id} is already waiting");
            lock (_ids) _ids.Add(id);
        }

        public void Dispose()
        {
            lock (_ids)
                foreach (int id in _ids) channel._waiting.TryRemove(new KeyValuePair<int, Waiter>(id, this));
        }
    }

    public Waiter Expect(IPEndPoint from) => new(this, from);

    public async ValueTask SendAsync(byte[] packet, IPEndPoint to, CancellationToken cancellationToken)
    {
        var socket = SocketFor(to.AddressFamily);
        try { await socket.SendToAsync(packet, SocketFlags.None, to, cancellationToken).ConfigureAwait(false); }
        catch (SocketException e) { throw new SnmpException(SnmpFailure.Transport, $"cannot send to {to}: {e.Message}", e); }
    }

    private Socket SocketFor(AddressFamily family)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closing.IsCancellationRequested, this);
            ref var socket = ref family == AddressFamily.InterNetworkV6 ? ref _v6 : ref _v4;
            if (socket is not null) return socket;
            socket = UdpSockets.Create(family);
            socket.Bind(new IPEndPoint(family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0));
            var bound = socket;
            _loops.Add(Task.Run(() => ReceiveLoopAsync(bound)));
            return socket;
        }
    }

    private async Task ReceiveLoopAsync(Socket socket)
    {
        var buffer = new byte[65536];
        var anyAddress = socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
        EndPoint any = new IPEndPoint(anyAddress, 0);
        while (!_closing.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try { result = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, _closing.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { continue; } // ICMP errors surface here on some systems; the request will time out.
            Interlocked.Increment(ref _received);
            Dispatch(buffer.AsSpan(0, result.ReceivedBytes).ToArray(), (IPEndPoint)result.RemoteEndPoint);
        }
    }

    private void Dispatch(byte[] packet, IPEndPoint from)
    {
        DecodedMessage decoded;
        try { decoded = MessageCodec.Decode(packet); }
        catch (SnmpDecodeException) { Interlocked.Increment(ref _dropped); return; }

        int id = decoded.Message switch
        {
            V3Message v3 => v3.MessageId,
            CommunityMessage { Pdu: Pdu pdu } => pdu.RequestId,
            _ => int.MinValue,
        };
        bool delivered = _waiting.TryGetValue(id, out var waiter) && waiter.From.Equals(from)
            && waiter.Answer.TrySetResult(new ReceivedMessage(packet, decoded, id));
        if (!delivered) Interlocked.Increment(ref _dropped);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_closing.IsCancellationRequested) return;
            _closing.Cancel();
        }
        _v4?.Dispose();
        _v6?.Dispose();
        await Task.WhenAll(_loops).ConfigureAwait(false);
        _closing.Dispose();
    }
}
