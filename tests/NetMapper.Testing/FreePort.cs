using System.Net;
using System.Net.Sockets;

namespace NetMapper.Testing;

public static class FreePort
{
    /// <summary>A UDP port free on 127.0.0.1 at the time of asking.</summary>
    public static int Udp()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
