using NetMapper.Capture.Sweeps;

namespace NetMapper.Application.Scanning;

/// <summary>A sweep a scan runs over its scope first: ARP through one interface, or ICMP.</summary>
public sealed record SweepRequest(SweepMethod Method, string? Interface)
{
    /// <summary>As the user writes it, and as the scan's options record it: "arp:eth1", "icmp".</summary>
    public override string ToString() => Interface is null ? Method.Name() : $"{Method.Name()}:{Interface}";
}
