using System.Net.Sockets;

namespace NetMapper.Snmp.Transport;

/// <summary>The UDP sockets of the client and the agent: large receive buffers, and on Windows no ICMP port-unreachable
/// surfacing as an error on the next receive (SIO_UDP_CONNRESET off).</summary>
internal static class UdpSockets
{
    public static Socket Create(AddressFamily family)
    {
        var socket = new Socket(family, SocketType.Dgram, ProtocolType.Udp);
        if (OperatingSystem.IsWindows()) socket.IOControl(-1744830452 /* SIO_UDP_CONNRESET */, [0, 0, 0, 0], null);
        socket.ReceiveBufferSize = 4 * 1024 * 1024;
        return socket;
    }
}
