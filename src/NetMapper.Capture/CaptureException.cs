namespace NetMapper.Capture;

/// <summary>Capturing or sending frames is not possible: no libpcap, no permission, no such interface or file.</summary>
public sealed class CaptureException(string message, Exception? inner = null) : Exception(message, inner);
