using System.Net;
using NetMapper.Topology;

namespace NetMapper.Capture.Sweeps;

/// <summary>A live address found by a sweep.</summary>
public sealed record SweepHit(IPAddress Address, MacAddress? Mac, double RttMs);

/// <summary>What a sweep found: live addresses, addresses that answered from more than one MAC, and what it cost.</summary>
public sealed record SweepResult(SweepMethod Method, IReadOnlyList<SweepHit> Hits,
    IReadOnlyList<(IPAddress Address, IReadOnlyList<MacAddress> Macs)> Conflicts, int Probed, int PacketsSent, TimeSpan Elapsed)
{
    /// <summary>The hits as topology hosts, with the vendor of each MAC; an address in conflict gives one host per MAC.</summary>
    public IReadOnlyList<Host> ToHosts(Func<MacAddress, string> vendorOf) =>
        Hits.SelectMany(h => MacsOf(h).Select(mac => ToHost(h, mac, vendorOf))).ToArray();

    /// <summary>Every MAC an address in conflict answered from, else the hit's own MAC, else one null (no MAC known).</summary>
    private IEnumerable<MacAddress?> MacsOf(SweepHit hit)
    {
        IReadOnlyList<MacAddress> macs = Conflicts.FirstOrDefault(c => c.Address.Equals(hit.Address)).Macs
            ?? (hit.Mac is { } only ? [only] : []);
        return macs.Count > 0 ? macs.Select(m => (MacAddress?)m) : [null];
    }

    private Host ToHost(SweepHit hit, MacAddress? mac, Func<MacAddress, string> vendorOf) => new(hit.Address, mac)
    {
        Methods = [Method.Name()], RttMs = Math.Round(hit.RttMs, 3), Vendor = mac is { } m ? vendorOf(m) : "",
    };
}

/// <summary>Which addresses a sweep may probe: the ranges, cut to the scope, refused above a size unless allowed.</summary>
public static class SweepTargets
{
    public const int DefaultLimit = 4096;

    /// <summary>The addresses to probe: inside the ranges and the scope, never this machine's own addresses (it answers
    /// itself, which says nothing about the network).</summary>
    public static IReadOnlyList<IPAddress> Expand(IEnumerable<IpPrefix> ranges, Func<IPAddress, bool> inScope, int limit)
    {
        // The global list reads the addresses alone; walking the interfaces also reads each one's settings (3x slower).
        var unicast = System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetUnicastAddresses();
        var own = unicast.Select(u => u.Address).ToHashSet();
        var prefixes = ranges.ToArray();
        CheckSize(prefixes, limit);
        var addresses = new List<IPAddress>();
        foreach (var prefix in prefixes)
        {
            uint network = ToUInt(prefix.Network), size = (uint)Math.Min(prefix.Size, uint.MaxValue);
            bool skipEnds = prefix.Length <= 30; // network and broadcast addresses
            for (uint i = skipEnds ? 1u : 0u; i < (skipEnds ? size - 1 : size); i++)
            {
                var address = FromUInt(network + i);
                if (inScope(address) && !own.Contains(address)) addresses.Add(address);
            }
        }
        return addresses.Distinct().ToArray();
    }

    /// <summary>Refuses ranges a sweep cannot cover (IPv6) or that hold more addresses to probe than the limit allows
    /// (before exclusions, so the limit says what the ranges could cost).</summary>
    public static void CheckSize(IReadOnlyCollection<IpPrefix> ranges, int limit)
    {
        if (ranges.Any(p => p.IsIPv6)) throw new ArgumentException("sweeps cover IPv4 ranges; IPv6 neighbours come from device tables");
        long total = ranges.Sum(p => Math.Max(1, p.Size - (p.Length <= 30 ? 2 : 0)));
        if (total > limit)
            throw new ArgumentException(
                $"the sweep would probe {total} addresses, more than the limit of {limit}; narrow the range or raise the limit explicitly");
    }

    internal static uint ToUInt(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
    }

    internal static IPAddress FromUInt(uint value) => new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
}
