using System.Globalization;
using System.Net;

namespace NetMapper.Cli.Common;

/// <summary>Parses "host", "host:port", "[v6]:port", "udp:host:port" and resolves names.</summary>
internal static class EndpointParser
{
    public static async Task<IPEndPoint> ResolveAsync(string text, int defaultPort, CancellationToken cancellationToken)
    {
        var (host, port) = Split(text, defaultPort);
        if (IPAddress.TryParse(host, out var address)) return new IPEndPoint(address, port);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            if (addresses.Length == 0) throw new UsageException($"host '{host}' has no address");
            return new IPEndPoint(addresses[0], port);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new UsageException($"host '{host}' cannot be resolved: {e.Message}");
        }
    }

    public static IPEndPoint ParseLiteral(string text, int defaultPort)
    {
        var (host, port) = Split(text, defaultPort);
        return IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, port)
            : throw new UsageException($"'{text}' is not an IP address");
    }

    private static (string Host, int Port) Split(string text, int defaultPort)
    {
        var rest = WithoutScheme(text);
        if (rest.Length == 0) throw new UsageException("an empty host was given");
        if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) throw new UsageException($"'{text}': missing ']'");
            var host = rest[1..close];
            var after = rest[(close + 1)..];
            if (after.Length == 0) return (host, defaultPort);
            if (after.StartsWith(':')) return (host, ParsePort(after[1..], text));
            throw new UsageException($"'{text}': unexpected text after ']'");
        }
        int colons = rest.Count(c => c == ':');
        if (colons == 1)
        {
            int colon = rest.IndexOf(':', StringComparison.Ordinal);
            return (rest[..colon], ParsePort(rest[(colon + 1)..], text));
        }
        return (rest, defaultPort); // a bare IPv6 address or a plain host
    }

    /// <summary>The text without net-snmp's udp: or udp6: transport prefix.</summary>
    private static string WithoutScheme(string text)
    {
        if (text.StartsWith("udp:", StringComparison.OrdinalIgnoreCase)) return text[4..];
        if (text.StartsWith("udp6:", StringComparison.OrdinalIgnoreCase)) return text[5..];
        return text;
    }

    public static int ParsePort(string text, string context) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65535
            ? port : throw new UsageException($"'{context}': port '{text}' is not a number from 1 to 65535");
}
