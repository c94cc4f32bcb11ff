using System.Net;
using NetMapper.Capture.Sweeps;
using NetMapper.Topology;

namespace NetMapper.Application.Scanning;

/// <summary>One ARP or ICMP sweep over a range less its exclusions: for <c>sweep</c> and a scan's sweeps alike.</summary>
public static class SweepRun
{
    /// <summary>Every address to probe; ArgumentException when there are more than <paramref name="limit"/>.</summary>
    public static IReadOnlyList<IPAddress> Targets(IReadOnlyList<IpPrefix> ranges, IReadOnlyList<IpPrefix> exclude, int limit) =>
        SweepTargets.Expand(ranges, a => !exclude.Any(e => e.Contains(a)), limit);

    public static async Task<SweepResult> RunAsync(SweepMethod method, string? interfaceName, IReadOnlyList<IPAddress> targets,
        int rate, CancellationToken cancellationToken) => method switch
    {
        SweepMethod.Arp => await ArpSweeper.RunAsync(interfaceName ?? throw new ArgumentNullException(nameof(interfaceName)),
            targets, new ArpSweeper.Options(rate), cancellationToken).ConfigureAwait(false),
        SweepMethod.Icmp => await IcmpSweeper.RunAsync(targets, new IcmpSweeper.Options(rate), cancellationToken).ConfigureAwait(false),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a sweep method"),
    };
}
