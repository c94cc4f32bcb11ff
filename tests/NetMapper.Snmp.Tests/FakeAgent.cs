using System.Net;
using System.Net.Sockets;
using NetMapper.Snmp.Ber;

namespace NetMapper.Snmp.Tests;

/// <summary>A deliberately misbehaving v2c agent on 127.0.0.1 for fault cases: the handler decides what,
/// if anything, goes back for each request, and from which socket.</summary>
internal sealed class FakeAgent : IAsyncDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly Socket _otherSocket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;
    private readonly TimeSpan _answerDelay;

    /// <summary>Answers to send: the PDU, and whether to send it from a different source port.</summary>
    public delegate IEnumerable<(Pdu Pdu, bool FromOtherPort)> Behaviour(Pdu request, int requestNumber);

    private int _outstanding, _maxOutstanding;

    /// <summary>Most requests this agent held unanswered at once.</summary>
    public int MaxOutstanding => Volatile.Read(ref _maxOutstanding);

    /// <param name="answerDelay">How long each request is held before its answers go out (requests overlap).</param>
    public FakeAgent(Behaviour behaviour, TimeSpan answerDelay = default)
    {
        _answerDelay = answerDelay;
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _otherSocket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _loop = Task.Run(() => ServeAsync(behaviour));
    }

    public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The request-id of every request, as it arrived.</summary>
    public IReadOnlyCollection<int> RequestIds => _requestIds.ToArray();
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> _requestIds = new();

    public SnmpTarget Target(TimeSpan? timeout = null, int retries = 0) =>
        new(EndPoint, CommunityCredentials.V2c("public")) { Timeout = timeout ?? TimeSpan.FromMilliseconds(300), Retries = retries };

    private async Task ServeAsync(Behaviour behaviour)
    {
        var buffer = new byte[65536];
        while (!_stop.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try { received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token); }
            catch (OperationCanceledException) { return; }
            var message = (CommunityMessage)MessageCodec.Decode(buffer.AsSpan(0, received.ReceivedBytes)).Message;
            int number = Interlocked.Increment(ref _requests);
            _requestIds.Enqueue(((Pdu)message.Pdu).RequestId);
            var from = received.RemoteEndPoint;
            _ = Task.Run(() => AnswerAsync(behaviour, message, number, from));
        }
    }

    private async Task AnswerAsync(Behaviour behaviour, CommunityMessage message, int number, EndPoint to)
    {
        int now = Interlocked.Increment(ref _outstanding);
        int max;
        while (now > (max = Volatile.Read(ref _maxOutstanding)) && Interlocked.CompareExchange(ref _maxOutstanding, now, max) != max) { }
        try
        {
            if (_answerDelay > TimeSpan.Zero) await Task.Delay(_answerDelay);
            Interlocked.Decrement(ref _outstanding);
            foreach (var (pdu, fromOther) in behaviour((Pdu)message.Pdu, number))
            {
                var socket = fromOther ? _otherSocket : _socket;
                await socket.SendToAsync(MessageCodec.Encode(message with { Pdu = pdu }), SocketFlags.None, to);
            }
        }
        catch (ObjectDisposedException) { }
        catch (SocketException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        _otherSocket.Dispose();
        try { await _loop; } catch (OperationCanceledException) { } catch (ObjectDisposedException) { }
    }
}
