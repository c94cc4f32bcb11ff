using System.Net;
using System.Xml.Linq;
using NetMapper.Diagrams;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Diagrams.Tests;

/// <summary>
/// Badges come only from lifecycle data: a scan drawn with none shows no badge even on a switch everyone knows is old,
/// and a source that knows one device marks that device alone, with the date printed in its box.
/// </summary>
public class LifecycleBadgeTests
{
    [Fact]
    public void A_Scan_Drawn_Without_Lifecycle_Data_Has_No_Badge_Even_On_An_Old_Switch()
    {
        var svg = DrawPhysical(NoLifecycleData.Instance);

        Assert.DoesNotContain("data-lifecycle", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("EoS ", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Past end of support (EOS/EOL)", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Device_The_Lifecycle_Data_Knows_Gets_Its_Badge_And_Date_And_No_Other_Device_Does()
    {
        var marks = new MarksFor(new Dictionary<string, LifecycleMark>
        {
            ["old-sw"] = new(LifecycleState.PastEndOfSupport, "EoS 2019-10-31"),
            ["core"] = new(LifecycleState.WithinHorizon, "EoS 2027-03-31"),
        });

        var doc = XDocument.Parse(DrawPhysical(marks));

        var badges = doc.Descendants().Where(e => e.Attribute("data-node") is not null)
            .SelectMany(node => node.Descendants().Where(e => e.Attribute("data-lifecycle") is not null)
                .Select(badge => ((string)node.Attribute("data-node")!, (string)badge.Attribute("data-lifecycle")!)))
            .Order().ToArray();
        Assert.Equal([("core", "WithinHorizon"), ("old-sw", "PastEndOfSupport")], badges);
        var oldSwitch = doc.Descendants().Single(e => (string?)e.Attribute("data-node") == "old-sw");
        Assert.Contains(oldSwitch.Descendants(), e => e.Name.LocalName == "text" && e.Value == "EoS 2019-10-31");
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "text" && e.Value == "Past end of support (EOS/EOL)");
    }

    private static string DrawPhysical(ILifecycleMarks lifecycle)
    {
        var graph = Scan();
        var zones = new ZoneMap(graph, ZonePolicy.Default());
        var (pages, _) = DiagramBook.Build("physical", graph, zones, lifecycle, ZonedLayoutTests.Context(), null);
        return SvgWriter.ToXml(SvgWriter.Build(Assert.Single(pages).Layout, pages[0].Context));
    }

    /// <summary>A firewall, a core switch and a Catalyst 3560 long past its end of support, all polled.</summary>
    private static TopologyGraph Scan()
    {
        Device D(string id, DeviceRole role, string model, string address) => new(id)
        {
            Name = id, Role = role, Vendor = "Cisco", Model = model, Status = PollStatus.Done,
            ManagementAddresses = [address],
            Interfaces = [new DeviceInterface(1, "Gi0/1"), new DeviceInterface(2, "Gi0/2")],
            Addresses = [new InterfaceAddress(100, IPAddress.Parse(address), 24)],
        };
        Link L(string a, string b) => new(new LinkEnd(a, "Gi0/1") { IfIndex = 1 }, new LinkEnd(b, "Gi0/2") { IfIndex = 2 });
        return new TopologyGraph
        {
            Devices =
            [
                D("fw", DeviceRole.Firewall, "ASA5525", "10.99.0.1"),
                D("core", DeviceRole.L3Switch, "C9500-24Y4C", "10.99.0.2"),
                D("old-sw", DeviceRole.Switch, "WS-C3560-48PS-S", "10.99.0.3"),
            ],
            Links = [L("fw", "core"), L("core", "old-sw")],
        };
    }

    private sealed class MarksFor(IReadOnlyDictionary<string, LifecycleMark> marks) : ILifecycleMarks
    {
        public LifecycleMark? MarkOf(Device device) => marks.GetValueOrDefault(device.Id);
    }
}
