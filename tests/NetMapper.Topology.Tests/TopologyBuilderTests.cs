using System.Net;
using static NetMapper.Topology.Tests.Sample;

namespace NetMapper.Topology.Tests;

public class TopologyBuilderTests
{
    private static readonly Device Core = Switch("mac:00:00:0c:00:00:01", "core1", "00:00:0c:00:00:01",
        Port(1, "Gi1/0/1", "00:00:0c:00:01:01", aggregate: 10),
        Port(2, "Gi1/0/2", "00:00:0c:00:01:02", aggregate: 10),
        Port(3, "Gi1/0/3", "00:00:0c:00:01:03"),
        Port(10, "Po1", "00:00:0c:00:01:10"));

    private static readonly Device Access = Switch("mac:00:00:0c:00:00:02", "access1", "00:00:0c:00:00:02",
        Port(1, "Gi1/0/1", "00:00:0c:00:02:01", aggregate: 10),
        Port(2, "Gi1/0/2", "00:00:0c:00:02:02", aggregate: 10),
        Port(5, "Gi1/0/5", "00:00:0c:00:02:05"),
        Port(10, "Po1", "00:00:0c:00:02:10"));

    [Fact]
    public void Both_Ends_Seeing_Each_Other_Make_One_High_Confidence_Link_Per_Cable_And_A_Lag_Groups_Them()
    {
        NeighborObservation[] coreHears =
        [
            Lldp(Core.Id, 1, "00:00:0c:00:00:02", "GigabitEthernet1/0/1", "access1"),
            Lldp(Core.Id, 2, "00:00:0c:00:00:02", "Gi1/0/2", "access1"),
        ];
        NeighborObservation[] accessHears =
        [
            Lldp(Access.Id, 1, "00:00:0c:00:00:01", "Gi1/0/1", "core1"),
            Lldp(Access.Id, 2, "00:00:0c:00:00:01", "Gi1/0/2", "core1"),
        ];
        var graph = TopologyBuilder.Build([
            new DeviceSnapshot(Core) { Neighbors = coreHears },
            new DeviceSnapshot(Access) { Neighbors = accessHears },
        ]);

        Assert.Equal(2, graph.Links.Count);
        Assert.All(graph.Links, l => Assert.Equal(LinkConfidence.High, l.Confidence));
        Assert.All(graph.Links, l => Assert.Equal(new LinkAggregate("Po1", "Po1"), l.Aggregate));
        Assert.All(graph.Links, l => Assert.Equal($"{Core.Id}:Po1~{Access.Id}:Po1", l.AggregateName()));
        Assert.Equal(["Gi1/0/1", "Gi1/0/2"], graph.Links.Select(l => l.A.Port).Order());
        Assert.All(graph.Links, l => Assert.Equal(2, l.Evidence.Count));
    }

    [Fact]
    public void A_Blocking_Spanning_Tree_Port_Marks_Its_Link_As_Backup()
    {
        var graph = TopologyBuilder.Build([
            new DeviceSnapshot(Core) { Neighbors = [Lldp(Core.Id, 3, "00:00:0c:00:00:02", "Gi1/0/5", "access1")] },
            new DeviceSnapshot(Access) { Stp = [new StpPortState(Access.Id, 5, 2)] },
        ]);
        var link = Assert.Single(graph.Links);
        Assert.True(link.Backup);
        Assert.Equal(LinkConfidence.Medium, link.Confidence);
        Assert.Equal("Gi1/0/5", link.B.Port);
    }

    [Fact]
    public void A_Neighbour_Nobody_Polled_Becomes_An_Edge_Node_Described_By_What_It_Announced()
    {
        var server = new NeighborObservation(Core.Id, 3, NeighborProtocol.Lldp)
        {
            RemoteChassisId = "52:54:00:aa:bb:cc",
            RemotePortId = "52:54:00:aa:bb:cd",
            RemotePortIdSubtype = 3,
            RemotePortDescription = "ens192",
            RemoteSysName = "web01",
            RemoteSysDescr = "Linux web01 5.14",
            RemoteCapabilities = ["stationOnly"],
            RemoteManagementAddresses = ["10.1.110.21"],
        };
        var graph = TopologyBuilder.Build([new DeviceSnapshot(Core) { Neighbors = [server] }]);

        var edge = Assert.Single(graph.Devices, d => d.Status == PollStatus.NotPolled);
        Assert.Equal(("mac:52:54:00:aa:bb:cc", "web01", DeviceRole.Server), (edge.Id, edge.Name, edge.Role));
        Assert.Equal(["10.1.110.21"], edge.ManagementAddresses);
        var link = Assert.Single(graph.Links);
        Assert.Equal("ens192", link.A.Device == edge.Id ? link.A.Port : link.B.Port);
    }

    [Fact]
    public void One_Device_Polled_At_Two_Addresses_Is_One_Device_And_Two_Devices_Sharing_An_Ip_Stay_Two()
    {
        var viaLoopback = new DeviceSnapshot(Core with { ManagementAddresses = ["10.255.0.1"], Addresses = [Address(3, "10.1.1.1/24")] });
        var viaSvi = new DeviceSnapshot(Core with { ManagementAddresses = ["10.1.1.1"], Addresses = [Address(3, "10.1.1.1/24")] });
        var rogue = new DeviceSnapshot(Access with { Addresses = [Address(5, "10.1.1.1/24")] });

        var graph = TopologyBuilder.Build([viaLoopback, viaSvi, rogue]);

        Assert.Equal(2, graph.Devices.Count);
        Assert.Equal(["10.1.1.1", "10.255.0.1"], graph.Device(Core.Id)!.ManagementAddresses);
        var finding = Assert.Single(graph.Findings, f => f.Code == "duplicate-address");
        Assert.Equal([Core.Id, Access.Id], finding.Devices.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Subnets_Come_From_Interface_Addresses_With_The_Vlan_Of_The_Svi()
    {
        var router = Core with
        {
            Interfaces = [.. Core.Interfaces, new DeviceInterface(110, "Vlan110") { Type = 53 }],
            Addresses =
            [
                Address(110, "10.1.110.1/24"), Address(3, "10.255.255.1/30"), Address(3, "127.0.0.1/8"), Address(3, "10.0.0.1/32"),
            ],
        };
        var arp = new ArpEntry(Core.Id, 110, IPAddress.Parse("10.1.110.21"), MacAddress.Parse("52:54:00:aa:bb:cc"));
        var graph = TopologyBuilder.Build([new DeviceSnapshot(router) { Arp = [arp] }]);

        Assert.Equal(["10.1.110.0/24", "10.255.255.0/30"], graph.Subnets.Select(s => s.Prefix.ToString()));
        var dmz = graph.Subnets[0];
        Assert.Equal(110, dmz.Vlan);
        Assert.Equal(1, dmz.HostCount);
        Assert.Equal(new SubnetMember(Core.Id, "Vlan110", IPAddress.Parse("10.1.110.1")), Assert.Single(dmz.Members));
    }

    [Fact]
    public void A_Prefix_Inside_The_Loopback_Range_Is_A_Segment_But_The_Hosts_Own_Loopback_Is_Not()
    {
        var managed = Core with
        {
            Addresses = [Address(3, "127.20.99.1/24"), Address(3, "127.0.0.1/8"), Address(3, "127.0.0.2/32")],
        };

        var graph = TopologyBuilder.Build([new DeviceSnapshot(managed)]);

        Assert.Equal(["127.20.99.0/24"], graph.Subnets.Select(s => s.Prefix.ToString()));
    }

    [Fact]
    public void An_Address_Configured_Twice_Is_A_Finding_That_Names_The_Address_As_A_Value()
    {
        var graph = TopologyBuilder.Build([new DeviceSnapshot(Core with { Addresses = [Address(3, "10.1.1.1/24")] }),
            new DeviceSnapshot(Access with { Addresses = [Address(5, "10.1.1.1/24")] })]);

        Assert.Equal(["10.1.1.1"], Assert.Single(graph.Findings, f => f.Code == "duplicate-address").Values);
    }

    [Fact]
    public void Two_Devices_Of_One_Name_Stay_Two_Members_Of_Their_Subnet()
    {
        var subnet = Assert.Single(SameNameNetwork.Graph().Subnets);
        Assert.Equal([(SameNameNetwork.SwitchId, "10.0.0.2"), (SameNameNetwork.RouterId, "10.0.0.1")],
            subnet.Members.Select(m => (m.DeviceId, m.Address.ToString())));
    }

    [Fact]
    public void Hosts_Are_Placed_On_The_Edge_Port_Where_Their_Mac_Is_Learnt_Not_On_Uplinks()
    {
        var host = MacAddress.Parse("52:54:00:aa:bb:cc");
        var graph = TopologyBuilder.Build([
            new DeviceSnapshot(Core)
            {
                Neighbors = [Lldp(Core.Id, 3, "00:00:0c:00:00:02", "Gi1/0/5", "access1")],
                Arp = [new ArpEntry(Core.Id, 3, IPAddress.Parse("10.1.110.21"), host)],
                Fdb = [new FdbEntry(Core.Id, 110, host, 3)],
            },
            new DeviceSnapshot(Access)
            {
                Fdb = [new FdbEntry(Access.Id, 110, host, 1), new FdbEntry(Access.Id, 110, MacAddress.Parse("00:00:0c:00:01:03"), 5)],
            },
        ], vendorOf: mac => mac.Oui == 0x525400 ? "QEMU" : "");

        var found = Assert.Single(graph.Hosts);
        Assert.Equal(
            (IPAddress.Parse("10.1.110.21"), Access.Id, "Gi1/0/1", 110, "QEMU"),
            (found.Address!, found.Device!, found.Port!, found.Vlan!.Value, found.Vendor));
        Assert.Equal(["arp-table"], found.Methods);
    }

    [Fact]
    public void One_Ip_Answering_From_Two_Macs_Is_An_Ip_Conflict_Finding()
    {
        var graph = TopologyBuilder.Build([new DeviceSnapshot(Core)
        {
            Arp = [new ArpEntry(Core.Id, 3, IPAddress.Parse("10.1.1.50"), MacAddress.Parse("52:54:00:00:00:01")),
                   new ArpEntry(Core.Id, 3, IPAddress.Parse("10.1.1.50"), MacAddress.Parse("52:54:00:00:00:02"))],
        }]);
        Assert.Contains(graph.Findings,
            f => f.Code == "ip-conflict" && f.Message.StartsWith("10.1.1.50 answers from 2 MAC addresses", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Same_Input_Always_Gives_The_Same_Graph()
    {
        var accessHearsCore = Lldp(Access.Id, 5, "00:00:0c:00:00:01", "Gi1/0/3", "core1");
        DeviceSnapshot[] input = [new DeviceSnapshot(Access) { Neighbors = [accessHearsCore] }, new DeviceSnapshot(Core)];
        var first = System.Text.Json.JsonSerializer.Serialize(TopologyBuilder.Build(input));
        var second = System.Text.Json.JsonSerializer.Serialize(TopologyBuilder.Build(input.Reverse().ToArray()));
        Assert.Equal(first, second);
    }
}
