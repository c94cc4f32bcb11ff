using System.Net;
using NetMapper.Snmp.Agent;

namespace NetMapper.Testing;

/// <summary>
/// Three devices in a line and one beyond the scope, on loopback: r1 (127.0.0.31) — sw1 (.32) — sw2 (.33) — outside
/// (.34). Each announces its neighbours' management addresses over LLDP, so a crawler from r1 finds the rest; a scope
/// of 127.0.0.31-33 must leave "outside" uncontacted.
/// </summary>
public static class TinyNetwork
{
    public const string Community = "lab-ro";
    public static readonly string[] InScope = ["127.0.0.31/32", "127.0.0.32/31"];

    private const string IsrSysDescr =
        "Cisco IOS Software, ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version 16.9.5, RELEASE SOFTWARE";
    private const string C2960XSysDescr =
        "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc1)";
    private const string C2960XObjectId = "1.3.6.1.4.1.9.1.1208";

    public static IReadOnlyList<RecordedDevice> Devices() =>
    [
        new RecordingBuilder("r1").System("r1", IsrSysDescr, "1.3.6.1.4.1.9.1.1", services: 78)
            .LldpChassis("00:00:0c:31:00:00")
            .Interface(1, "Gi0/0/0", "00:00:0c:31:00:01").Interface(2, "Gi0/0/1", "00:00:0c:31:00:02")
            .Interface(100, "Loopback0", "00:00:00:00:00:00", type: 24)
            .Address(100, "127.0.0.31", "255.255.255.255").Address(2, "10.31.0.1", "255.255.255.0")
            .LldpNeighbor(1, "00:00:0c:32:00:00", "Gi1/0/1", "sw1", "127.0.0.32")
            .Arp(2, "10.31.0.50", "52:54:00:31:00:50").Device(),
        new RecordingBuilder("sw1").System("sw1", C2960XSysDescr, C2960XObjectId)
            .LldpChassis("00:00:0c:32:00:00")
            .Interface(1, "Gi1/0/1", "00:00:0c:32:00:01").Interface(2, "Gi1/0/2", "00:00:0c:32:00:02")
            .Interface(100, "Vlan1", "00:00:0c:32:00:64", type: 53)
            .Address(100, "127.0.0.32", "255.255.255.255")
            .LldpNeighbor(1, "00:00:0c:31:00:00", "Gi0/0/0", "r1", "127.0.0.31")
            .LldpNeighbor(2, "00:00:0c:33:00:00", "Gi1/0/1", "sw2", "127.0.0.33").Device(),
        new RecordingBuilder("sw2").System("sw2", C2960XSysDescr, C2960XObjectId)
            .LldpChassis("00:00:0c:33:00:00")
            .Interface(1, "Gi1/0/1", "00:00:0c:33:00:01").Interface(3, "Gi1/0/3", "00:00:0c:33:00:03")
            .Interface(100, "Vlan1", "00:00:0c:33:00:64", type: 53)
            .Address(100, "127.0.0.33", "255.255.255.255")
            .LldpNeighbor(1, "00:00:0c:32:00:00", "Gi1/0/2", "sw1", "127.0.0.32")
            .LldpNeighbor(3, "00:00:0c:34:00:00", "Gi1/0/1", "outside", "127.0.0.34").Device(),
        new RecordingBuilder("outside").System("outside", C2960XSysDescr, C2960XObjectId)
            .LldpChassis("00:00:0c:34:00:00")
            .Interface(1, "Gi1/0/1", "00:00:0c:34:00:01")
            .LldpNeighbor(1, "00:00:0c:33:00:00", "Gi1/0/3", "sw2", "127.0.0.33").Device(),
    ];

    /// <summary>Serves the four devices on 127.0.0.31-34 at one free port; disposing stops them.</summary>
    public static RecordedAgent Start(int port, TimeSpan? responseDelay = null)
    {
        var settings = AgentLayouts.ConsecutiveAddresses(IPAddress.Parse("127.0.0.31"), port, Devices(), [], Community)
            .Select(s => s with { ResponseDelay = responseDelay ?? TimeSpan.Zero });
        return RecordedAgent.Start(settings);
    }
}
