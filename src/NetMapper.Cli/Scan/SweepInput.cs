using NetMapper.Application.Scanning;
using NetMapper.Capture.Sweeps;
using NetMapper.Cli.Common;

namespace NetMapper.Cli.Scan;

/// <summary><c>arp:INTERFACE</c> or <c>icmp</c>, parsed here once, so that no later step has to guess what a method name means.</summary>
internal static class SweepInput
{
    /// <param name="where">Where the text came from, for the error (" (in scan.yaml or the flags)").</param>
    public static SweepRequest Parse(string text, string where = "")
    {
        var (name, iface) = text.IndexOf(':') is int colon and >= 0 ? (text[..colon], text[(colon + 1)..]) : (text, null);
        return name switch
        {
            "arp" when !string.IsNullOrEmpty(iface) => new SweepRequest(SweepMethod.Arp, iface),
            "arp" => throw Refused(text, where, "ARP is sent through one interface: write arp:INTERFACE"),
            "icmp" when iface is null => new SweepRequest(SweepMethod.Icmp, null),
            "icmp" => throw Refused(text, where, "ICMP is routed, it takes no interface: write icmp"),
            _ => throw Refused(text, where, $"'{name}' is not a sweep method: use arp:INTERFACE or icmp"),
        };
    }

    private static UsageException Refused(string text, string where, string why) => new($"--sweep '{text}'{where}: {why}");
}
