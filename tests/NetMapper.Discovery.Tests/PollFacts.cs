using NetMapper.Discovery.Crawling;

namespace NetMapper.Discovery.Tests;

/// <summary>What a poll read, as lines, to show that a slow or lossy agent gave the same as a fast one. Problems are left
/// out: their wording carries waits and tries.</summary>
internal static class PollFacts
{
    public static string[] Of(PollResult result)
    {
        var snapshot = result.Snapshot;
        var device = snapshot.Device;
        return
        [
            $"device {device.Id} {device.Vendor} {device.Model} {device.Serial} {device.OsName} {device.OsVersion} {device.Role}",
            $"status {device.Status}",
            .. result.Stages.Select(s => $"stage {s.Key} {s.Value}"),
            .. device.Interfaces.Select(i => $"interface {i.IfIndex} {i.Name} {i.Description} {i.Mac} {i.SpeedBps}"),
            .. device.Addresses.Select(a => $"address {a.IfIndex} {a.Address}/{a.PrefixLength}"),
            .. device.Vlans.Select(v => $"vlan {v.Id} {v.Name}"),
            .. device.Components.Select(c => $"component {c.Index} {c.Class} {c.Name}"),
            .. snapshot.Neighbors.Select(n => $"neighbour {n.Protocol} {n.LocalIfIndex} {n.RemoteChassisId} {n.RemotePortId}"),
            .. snapshot.Fdb.Select(f => $"fdb {f.Vlan} {f.Mac} {f.IfIndex}"),
            .. snapshot.Arp.Select(a => $"arp {a.IfIndex} {a.Address} {a.Mac}"),
            .. snapshot.Routes.Select(r => $"route {r.Destination} {r.NextHop} {r.IfIndex}"),
        ];
    }
}
