using System.Runtime.ExceptionServices;
using SharpPcap;
using SharpPcap.LibPcap;

namespace NetMapper.Capture;

/// <summary>Turns libpcap's failures into one clear line: libpcap missing, permission, unknown interface.</summary>
internal static class PcapOpen
{
    public static T Run<T>(Func<T> open, string what)
    {
        try { return open(); }
        catch (DllNotFoundException e) { throw new CaptureException(CaptureFailure.LibpcapMissing, Missing(what), e); }
        catch (TypeInitializationException e) when (e.InnerException is DllNotFoundException)
        {
            throw new CaptureException(CaptureFailure.LibpcapMissing, Missing(what), e);
        }
        catch (PcapException e) when (IsPermissionDenied(e))
        {
            throw new CaptureException(CaptureFailure.NeedsPrivileges,
                $"{what}: capturing and sending raw frames needs root or CAP_NET_RAW ({e.Message.Trim()})", e);
        }
        catch (PcapException e) { throw new CaptureException(CaptureFailure.Unusable, $"{what}: {e.Message.Trim()}", e); }
    }

    private static bool IsPermissionDenied(PcapException e) =>
        e.Message.Contains("ermission", StringComparison.Ordinal) || e.Message.Contains("not permitted", StringComparison.Ordinal);

    private static string Missing(string what) => $"{what}: libpcap is not installed (Debian: apt-get install libpcap0.8)";

    /// <summary>Opens side by side (each open takes tens of milliseconds), failing as the first failed open would alone.</summary>
    public static void RunTogether(string what, params Action[] opens) => Run(() =>
    {
        try { Parallel.Invoke(opens); }
        catch (AggregateException e) { ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
        return 0;
    }, what);
}

/// <summary>Live interfaces by name.</summary>
internal static class LiveDevices
{
    public static LibPcapLiveDevice Find(string name)
    {
        var devices = PcapOpen.Run(() => LibPcapLiveDeviceList.New(), $"interface '{name}'");
        return devices.FirstOrDefault(d => d.Name == name)
            ?? throw new CaptureException(CaptureFailure.NotFound,
                $"interface '{name}' does not exist (have: {string.Join(", ", devices.Select(d => d.Name))})");
    }
}
