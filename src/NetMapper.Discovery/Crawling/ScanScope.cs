using System.Net;
using NetMapper.Topology;

namespace NetMapper.Discovery.Crawling;

/// <summary>Where a scan may send packets: inside an included prefix and outside every excluded one. Enforced everywhere.</summary>
public sealed record ScanScope(IReadOnlyList<IpPrefix> Include, IReadOnlyList<IpPrefix> Exclude)
{
    public bool Allows(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return Include.Any(p => p.Contains(address)) && !Exclude.Any(p => p.Contains(address));
    }

    public override string ToString() =>
        string.Join(", ", Include) + (Exclude.Count > 0 ? " except " + string.Join(", ", Exclude) : "");
}
