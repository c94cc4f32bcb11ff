using System.Net;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams.Tests;

/// <summary>The sample head office's lines to the outside, as its routers' tables show them (topology-samples/securities-hq).</summary>
public class CarrierLineTests
{
    private static readonly ZonePolicy SamplePolicy =
        ZonePolicy.Load(Path.Combine(RepoPaths.Root, "topology-samples", "securities-hq", "zones.yaml"));

    private static Device Router(string name, params (int IfIndex, string Port, string Address, string Alias)[] ports) => new(name)
    {
        Name = name, Role = DeviceRole.Router, Status = PollStatus.Done,
        Interfaces = ports.Select(p => new DeviceInterface(p.IfIndex, p.Port) { Alias = p.Alias }).ToArray(),
        Addresses = ports.Select(p => new InterfaceAddress(p.IfIndex, IPAddress.Parse(p.Address), 30)).ToArray(),
    };

    private static RouteEntry Route(string device, string destination, string hop, int ifIndex, int metric = 0) =>
        new(device, IpPrefix.Parse(destination), IPAddress.Parse(hop), ifIndex) { Protocol = "bgp", Metric = metric };

    private static TopologyGraph Sample(int backupInternetMetric = 0) => new()
    {
        Devices =
        [
            Router("edge-rtr1", (2, "GigabitEthernet0/0/0", "203.0.113.2", "hinet-pe Gi0/0/0/1")),
            Router("edge-rtr2", (2, "GigabitEthernet0/0/0", "203.0.113.6", "tfn-pe ge-0/0/1")),
            Router("exch-rtr1", (2, "GigabitEthernet0/0/0", "172.20.255.2", ""), (3, "GigabitEthernet0/0/1", "172.21.255.2", ""),
                (4, "GigabitEthernet0/0/2", "10.1.253.2", "")),
            Router("exch-rtr2", (2, "GigabitEthernet0/0/0", "172.22.255.2", "exch-backup-pe GigabitEthernet0/2")),
            Router("core-sw1", (5, "TwentyFiveGigE1/0/15", "10.1.253.1", "")),
        ],
        Routes =
        [
            Route("edge-rtr1", "0.0.0.0/0", "203.0.113.1", 2), Route("edge-rtr2", "0.0.0.0/0", "203.0.113.5", 2, backupInternetMetric),
            Route("exch-rtr1", "172.20.0.0/16", "172.20.255.1", 2), Route("exch-rtr1", "172.21.0.0/16", "172.21.255.1", 3),
            Route("exch-rtr2", "172.20.0.0/16", "172.22.255.1", 2), Route("exch-rtr2", "172.21.0.0/16", "172.22.255.1", 2),
            // the core routes to the exchanges through our own router: no line to the outside
            Route("core-sw1", "172.20.0.0/16", "10.1.253.2", 5),
        ],
    };

    private static string[] Summary(TopologyGraph graph) => CarrierLines.Find(graph, new ZoneMap(graph, SamplePolicy))
        .SelectMany(c => c.Lines.Select(l => $"{c.Destination} {c.Zone.Id} {l.Line.DeviceId} {l.Line.NextHop} {Role(l.Backup)}"))
        .ToArray();

    private static string Role(bool backup) => backup ? "backup" : "primary";

    [Fact]
    public void A_Route_To_A_Next_Hop_Of_No_Scanned_Device_In_An_Outside_Zone_Is_A_Line_To_A_Cloud_Of_Its_Destination()
    {
        Assert.Equal(
        [
            "0.0.0.0/0 external edge-rtr1 203.0.113.1 primary", "0.0.0.0/0 external edge-rtr2 203.0.113.5 primary",
            "172.20.0.0/16 lines exch-rtr1 172.20.255.1 primary", "172.20.0.0/16 lines exch-rtr2 172.22.255.1 backup",
            "172.21.0.0/16 lines exch-rtr1 172.21.255.1 primary", "172.21.0.0/16 lines exch-rtr2 172.22.255.1 backup",
        ], Summary(Sample()));
    }

    [Fact]
    public void Of_Two_Lines_To_One_Cloud_The_One_With_The_Higher_Route_Metric_Is_The_Backup()
    {
        var internet = Summary(Sample(backupInternetMetric: 100)).Where(s => s.StartsWith("0.0.0.0/0", StringComparison.Ordinal));

        Assert.Equal(["0.0.0.0/0 external edge-rtr1 203.0.113.1 primary", "0.0.0.0/0 external edge-rtr2 203.0.113.5 backup"], internet);
    }

    [Fact]
    public void The_Physical_View_Draws_Each_Cloud_Labelled_In_Its_Zone_With_Backup_Lines_Dashed_And_Labelled()
    {
        var graph = Sample();
        var view = PhysicalView.Build(graph, new ZoneMap(graph, SamplePolicy), NoLifecycleData.Instance, new DiagramText("en"));

        var clouds = view.Nodes.Where(n => n.Kind == NodeKind.Cloud).ToArray();
        Assert.Equal([("Internet", "external"), ("172.20.0.0/16", "lines"), ("172.21.0.0/16", "lines")],
            clouds.Select(c => (c.Title, c.ZoneId)));
        Assert.Equal(["hinet-pe Gi0/0/0/1", "tfn-pe ge-0/0/1"], clouds[0].Lines);
        var toExchange = view.Edges.Where(e => e.To == clouds[1].Id).ToArray();
        Assert.Equal([("exch-rtr1", false, "primary · 172.20.255.1"), ("exch-rtr2", true, "backup · 172.22.255.1")],
            toExchange.Select(e => (e.From, e.Backup, e.Label)));
        Assert.Equal("7,5", EdgeStyle.Dashes(toExchange[1]));
        Assert.Null(EdgeStyle.Dashes(toExchange[0]));
    }
}
