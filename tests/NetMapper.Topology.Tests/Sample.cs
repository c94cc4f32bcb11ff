using System.Net;

namespace NetMapper.Topology.Tests;

/// <summary>Small hand-made snapshots: each test states the few facts it is about.</summary>
internal static class Sample
{
    public static DeviceInterface Port(int ifIndex, string name, string mac, int? aggregate = null) =>
        new(ifIndex, name) { Mac = MacAddress.Parse(mac), Type = 6, OperUp = true, AdminUp = true, AggregateIfIndex = aggregate };

    public static Device Switch(string id, string name, string chassis, params DeviceInterface[] ports) => new(id)
    {
        Name = name, ChassisId = chassis, Interfaces = ports, Status = PollStatus.Done, Role = DeviceRole.Switch,
    };

    public static NeighborObservation Lldp(
        string deviceId, int localIfIndex, string remoteChassis, string remotePort, string remoteName, params string[] addresses) =>
        new(deviceId, localIfIndex, NeighborProtocol.Lldp)
        {
            RemoteChassisId = remoteChassis, RemoteChassisIdSubtype = 4, RemotePortId = remotePort, RemotePortIdSubtype = 5,
            RemoteSysName = remoteName, RemoteManagementAddresses = addresses,
        };

    public static InterfaceAddress Address(int ifIndex, string cidr)
    {
        var parts = cidr.Split('/');
        int length = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return new InterfaceAddress(ifIndex, IPAddress.Parse(parts[0]), length);
    }
}
