using System.Globalization;
using NetMapper.Lab.Spec;

namespace NetMapper.Lab.Generation;

/// <summary>A MAC a bridge learnt: on this port, in this VLAN.</summary>
internal sealed record FdbLearnt(int Vlan, byte[] Mac, LabPort Port);

/// <summary>
/// Where every switch learns every MAC: each station (host, device port on a switch port, switch SVI) floods its VLAN
/// once, and each switch learns it on the port the frame came in by, as a converged spanning tree would.
/// </summary>
internal static class Forwarding
{
    public static IReadOnlyDictionary<LabDevice, List<FdbLearnt>> Compute(LabNetwork network)
    {
        var learnt = network.Devices.Where(d => d.IsSwitch).ToDictionary(d => d, _ => new List<FdbLearnt>());
        foreach (var (vlan, mac, origin, port) in Stations(network))
        {
            if (!origin.IsSwitch) continue;
            if (port is not null) learnt[origin].Add(new FdbLearnt(vlan, mac, port));
            var seen = new HashSet<LabDevice> { origin };
            var queue = new Queue<LabDevice>([origin]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                foreach (var (near, far) in Trunks(at, vlan).Where(t => !seen.Contains(t.Far.Device)))
                {
                    seen.Add(far.Device);
                    learnt[far.Device].Add(new FdbLearnt(vlan, mac, far));
                    queue.Enqueue(far.Device);
                }
            }
        }
        return learnt;
    }

    /// <summary>
    /// Everything that sends frames into a VLAN: (vlan, MAC, the switch it enters at, the bridge port or null for the switch's own SVI).
    /// </summary>
    private static IEnumerable<(int Vlan, byte[] Mac, LabDevice Switch, LabPort? Port)> Stations(LabNetwork network)
    {
        foreach (var host in network.Hosts)
            if (host.AttachedTo is { Device.IsSwitch: true } port && (host.Vlan ?? port.Vlans.FirstOrDefault()) is int vlan and > 0)
                yield return (vlan, host.Mac, port.Device, port.BridgePort);
        foreach (var device in network.Devices)
        {
            if (device.IsSwitch)
                foreach (var svi in device.Ports.Where(p => p.Type == IfType.Virtual && SviVlan(p) is not null))
                    yield return (SviVlan(svi)!.Value, svi.Mac, device, null);
            foreach (var port in device.Physical.Where(p => !device.IsSwitch || p.Mode == PortMode.Routed))
                if (port.Peer is LabPort { Device.IsSwitch: true } switchPort && switchPort.BridgePort.Mode != PortMode.Routed)
                    foreach (var vlan in switchPort.BridgePort.Vlans)
                    {
                        var sender = device.Port($"Vlan{vlan}") ?? port.Aggregate ?? port;
                        yield return (vlan, sender.Mac, switchPort.Device, switchPort.BridgePort);
                    }
        }
    }

    /// <summary>
    /// Links from a switch to other switches carrying the VLAN, as (this bridge port, the far bridge port); a LAG counts once.
    /// </summary>
    private static IEnumerable<(LabPort Near, LabPort Far)> Trunks(LabDevice device, int vlan) =>
        device.Physical.Where(p => p.Peer is LabPort { Device.IsSwitch: true } && p.BridgePort.Carries(vlan))
            .Select(p => (p.BridgePort, ((LabPort)p.Peer!).BridgePort))
            .Where(t => t.Item2.Carries(vlan))
            .DistinctBy(t => (t.Item1.IfIndex, t.Item2.Device.Name, t.Item2.IfIndex));

    public static int? SviVlan(LabPort port) =>
        port.Type == IfType.Virtual && int.TryParse(port.Name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out int vlan)
            ? vlan
            : null;
}
