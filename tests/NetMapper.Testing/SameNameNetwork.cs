using System.Net;
using NetMapper.Topology;

namespace NetMapper.Testing;

/// <summary>
/// Two switches that share a name ("sw", as after a copied configuration) on one subnet, 10.0.0.0/24: one routes for it
/// (10.0.0.1), the other only has an address in it (10.0.0.2). Whatever finds devices by name mixes them up; listed by id,
/// the plain switch comes first.
/// </summary>
public static class SameNameNetwork
{
    public const string Name = "sw", SwitchId = "mac:00:00:0c:00:00:01", RouterId = "mac:00:00:0c:00:00:02";

    public static TopologyGraph Graph() => TopologyBuilder.Build([Snapshot(SwitchId, DeviceRole.Switch, "10.0.0.2"),
        Snapshot(RouterId, DeviceRole.L3Switch, "10.0.0.1")]);

    private static DeviceSnapshot Snapshot(string id, DeviceRole role, string address) => new(new Device(id)
    {
        Name = Name,
        Role = role,
        Status = PollStatus.Done,
        Interfaces = [new DeviceInterface(10, "Vlan10") { Type = 53 }],
        Addresses = [new InterfaceAddress(10, IPAddress.Parse(address), 24)],
    });
}
