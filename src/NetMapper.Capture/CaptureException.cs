namespace NetMapper.Capture;

/// <summary>Why capturing or sending frames is not possible.</summary>
public enum CaptureFailure
{
    /// <summary>Raw frames or sockets need root or CAP_NET_RAW (or an unprivileged ICMP socket group).</summary>
    NeedsPrivileges,
    /// <summary>libpcap is not installed.</summary>
    LibpcapMissing,
    /// <summary>No such interface, or no such capture file.</summary>
    NotFound,
    /// <summary>The interface or file exists but cannot be used (no MAC, no IPv4 address, not a capture file).</summary>
    Unusable,
}

/// <summary>The one exception family of the capture layer: no libpcap, no permission, no such interface or file.</summary>
public sealed class CaptureException(CaptureFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public CaptureFailure Failure { get; } = failure;
}
