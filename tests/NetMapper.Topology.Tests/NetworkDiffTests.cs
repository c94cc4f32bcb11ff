using System.Net;
using NetMapper.Topology.Diff;

namespace NetMapper.Topology.Tests;

public class NetworkDiffTests
{
    private static Device Switch(string id, string name, string address, string serial = "S1") => new(id)
    {
        Name = name, Model = "C9300-48P", Serial = serial, OsName = "IOS-XE", OsVersion = "17.12.4", ManagementAddresses = [address],
    };

    private static TopologyGraph Graph(params Device[] devices) => new() { Devices = devices };

    [Fact]
    public void A_scan_compared_with_itself_has_no_changes()
    {
        var graph = Graph(Switch("mac:1", "core", "10.0.0.1")) with
        {
            Links = [new Link(new LinkEnd("mac:1", "Gi1/0/1"), new LinkEnd("mac:2", "Gi0/1"))],
            Hosts = [new Host(IPAddress.Parse("10.0.0.50"), MacAddress.Parse("00:50:56:00:00:01")) { Device = "mac:1", Port = "Gi1/0/2" }],
        };

        Assert.True(NetworkDiff.Compare(1, graph, 1, graph).IsEmpty);
    }

    [Fact]
    public void A_re_addressed_device_is_changed_not_removed_and_added()
    {
        var diff = NetworkDiff.Compare(1, Graph(Switch("mac:1", "core", "10.0.0.1")), 2, Graph(Switch("mac:1", "core", "10.9.0.1")));

        var change = Assert.Single(diff.Devices.Changed);
        Assert.Equal(new FieldChange("managementAddress", "10.0.0.1", "10.9.0.1"), Assert.Single(change.Fields));
        Assert.Empty(diff.Devices.Added);
        Assert.Empty(diff.Devices.Removed);
    }

    [Fact]
    public void A_chassis_of_the_same_name_with_another_identity_is_a_replacement()
    {
        var diff = NetworkDiff.Compare(1, Graph(Switch("serial:cisco:A", "acc1", "10.0.0.2", serial: "A")),
            2, Graph(Switch("serial:cisco:B", "acc1", "10.0.0.2", serial: "B")));

        var replaced = Assert.Single(diff.Devices.Replaced);
        Assert.Equal(("acc1", "serial:cisco:A", "serial:cisco:B"), (replaced.Name, replaced.BeforeId, replaced.AfterId));
        Assert.Contains(new FieldChange("serial", "A", "B"), replaced.Fields);
        Assert.Empty(diff.Devices.Added);
        Assert.Empty(diff.Devices.Removed);
    }

    [Fact]
    public void Devices_of_other_names_are_added_and_removed_and_facts_from_other_layers_are_compared()
    {
        DeviceFacts zone = (d, side) => [("zone", side == DiffSide.Before ? "office" : "production")];

        var diff = NetworkDiff.Compare(1, Graph(Switch("mac:1", "a", "10.0.0.1"), Switch("mac:2", "old", "10.0.0.2")),
            2, Graph(Switch("mac:1", "a", "10.0.0.1"), Switch("mac:3", "new", "10.0.0.3")), zone);

        Assert.Equal(["new"], diff.Devices.Added.Select(d => d.Label));
        Assert.Equal(["old"], diff.Devices.Removed.Select(d => d.Label));
        Assert.Equal(new FieldChange("zone", "office", "production"), Assert.Single(Assert.Single(diff.Devices.Changed).Fields));
    }

    [Fact]
    public void A_cable_moved_to_another_port_is_one_changed_link_and_the_same_cable_reported_from_the_other_end_is_unchanged()
    {
        var devices = new[] { Switch("mac:1", "dist", "10.0.0.1"), Switch("mac:2", "acc", "10.0.0.2") };
        var before = Graph(devices) with { Links = [new Link(new LinkEnd("mac:1", "Gi1/0/47"), new LinkEnd("mac:2", "Gi1/1/1"))] };
        var reversed = Graph(devices) with { Links = [new Link(new LinkEnd("mac:2", "Gi1/1/1"), new LinkEnd("mac:1", "Gi1/0/47"))] };
        var moved = Graph(devices) with { Links = [new Link(new LinkEnd("mac:1", "Gi1/0/45"), new LinkEnd("mac:2", "Gi1/1/1"))] };

        Assert.True(NetworkDiff.Compare(1, before, 2, reversed).Links.IsEmpty);
        var change = Assert.Single(NetworkDiff.Compare(1, before, 2, moved).Links.Changed);
        Assert.Equal(new FieldChange("ports", "dist Gi1/0/47 — acc Gi1/1/1", "dist Gi1/0/45 — acc Gi1/1/1"), change.Fields[0]);
    }

    [Fact]
    public void An_address_that_answers_from_another_mac_is_one_changed_host()
    {
        var ip = IPAddress.Parse("10.0.0.50");
        var before = Graph() with { Hosts = [new Host(ip, MacAddress.Parse("00:50:56:00:00:01"))] };
        var after = Graph() with { Hosts = [new Host(ip, MacAddress.Parse("00:50:56:00:00:02"))] };

        var diff = NetworkDiff.Compare(1, before, 2, after).Hosts;

        Assert.Equal(new FieldChange("mac", "00:50:56:00:00:01", "00:50:56:00:00:02"), Assert.Single(diff.Changed).Fields[0]);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void Findings_are_new_or_resolved()
    {
        var before = Graph() with { Findings = [new Finding("snmp-cleartext", FindingSeverity.Warning, "ut-sw1 answered v2c")] };
        var after = Graph() with { Findings = [new Finding("snmp-default-community", FindingSeverity.Problem, "ut-sw1 answers public")] };

        var diff = NetworkDiff.Compare(1, before, 2, after).Findings;

        Assert.Equal(["snmp-default-community: ut-sw1 answers public"], diff.New.Select(f => f.Label));
        Assert.Equal(["snmp-cleartext: ut-sw1 answered v2c"], diff.Resolved.Select(f => f.Label));
    }
}
