namespace NetMapper.Capture.Sweeps;

/// <summary>How a sweep finds live addresses.</summary>
public enum SweepMethod
{
    /// <summary>ARP requests through one interface: on-link ranges only; every answer carries the host's MAC.</summary>
    Arp,
    /// <summary>ICMP echo: routed ranges too; no MAC.</summary>
    Icmp,
}

public static class SweepMethods
{
    /// <summary>The method as commands, scan options and a host's methods write it: "arp", "icmp".</summary>
    public static string Name(this SweepMethod method) => method switch
    {
        SweepMethod.Arp => "arp",
        SweepMethod.Icmp => "icmp",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a sweep method"),
    };
}
