using System.Globalization;
using NetMapper.Lab.Generation;
using NetMapper.Lab.Spec;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The bundled sample network: the demo scans it with the real scanner and finds exactly what topology-samples/README.md
/// says (the test reads the README's tables), and the committed recordings are what the generator makes of network.yaml.
/// </summary>
[Collection(SampleDemo.Collection)]
public sealed class SampleNetworkTests(SampleDemo demo)
{
    private TopologyGraph Graph => demo.Graph;

    [Fact]
    public void The_demo_scan_completes()
    {
        Assert.Contains("scan 1: complete", demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_finds_the_counts_the_readme_lists()
    {
        var counts = demo.Readme.Single(t => t.Header[0] == "what").Rows
            .ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture));

        Assert.Equal(counts["devices"], Graph.Devices.Count);
        Assert.Equal(counts["polled"], Graph.Devices.Count(d => d.Status is PollStatus.Done or PollStatus.Partial));
        Assert.Equal(counts["unreachable"], Graph.Devices.Count(d => d.Status == PollStatus.Unreachable));
        Assert.Equal(counts["neighbours not polled"], Graph.Devices.Count(d => d.Status == PollStatus.NotPolled));
        Assert.Equal(counts["links"], Graph.Links.Count);
        Assert.Equal(counts["subnets"], Graph.Subnets.Count);
        Assert.Equal(counts["VLANs"], Graph.Vlans.Count);
        Assert.Equal(counts["hosts"], Graph.Hosts.Count);
    }

    [Fact]
    public void The_demo_finds_the_identities_the_readme_lists()
    {
        foreach (var row in demo.Readme.Single(t => t.Header[0] == "device").Rows)
        {
            var device = Assert.Single(Graph.Devices, d => d.Name == row[0]);
            Assert.Equal(string.Join(" | ", row[1..]),
                string.Join(" | ", device.Vendor, device.Model, $"{device.OsName} {device.OsVersion}", device.Serial, Camel(device.Role)));
        }
    }

    [Fact]
    public void The_demo_finds_the_findings_the_readme_lists()
    {
        var expected = demo.Readme.Single(t => t.Header[0] == "finding").Rows.Select(r => $"{r[0]} {r[1]}");

        var found = Graph.Findings.SelectMany(f => f.Devices.Select(id => $"{f.Code} {Graph.Device(id)?.Name}"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_demo_finds_the_segmentation_findings_the_readme_lists()
    {
        var findings = SegmentationRules.Evaluate(Graph, demo.Zones);

        var segmentation = findings.Select(f => $"{f.Code} {Graph.Device(f.Devices[^1])?.Name}").Order(StringComparer.Ordinal);

        Assert.Equal(demo.ExpectedSegmentation, segmentation);
        // Cisco trunks carry only their allowed VLANs (vlanTrunkPortVlansEnabled): the DMZ VLAN is on one port of core-sw2.
        const string Crossing = "core-sw2 carries VLAN 51 (DMZ-SVC) of zone DMZ on TwentyFiveGigE1/0/20 alongside";
        Assert.Contains(findings, f => f.Code == "zone-vlan-crossing" && f.Message.StartsWith(Crossing, StringComparison.Ordinal));
    }

    [Fact]
    public void Both_ends_of_every_lldp_or_cdp_cable_between_two_polled_devices_saw_each_other()
    {
        var polled = Graph.Devices.Where(d => d.Status == PollStatus.Done).Select(d => d.Id).ToHashSet();

        var between = Graph.Links.Where(l => polled.Contains(l.A.Device) && polled.Contains(l.B.Device));

        Assert.All(between.Where(l => l.Protocols.Any(p => p is "lldp" or "cdp")), l => Assert.Equal(LinkConfidence.High, l.Confidence));
    }

    [Fact]
    public void The_links_of_the_firewall_without_lldp_are_inferred_from_its_transit_subnets_as_the_readme_lists()
    {
        var expected = demo.Readme.Single(t => t.Header[0] == "inferred link").Rows
            .Select(r => $"{r[0]} {r[1]} -- {r[2]} {r[3]}: {PointToPoint} {r[4]}:").Order(StringComparer.Ordinal);

        var inferred = Graph.Links.Where(l => l.Confidence == LinkConfidence.Low).Select(Described);

        Assert.Equal(expected, inferred.Order(StringComparer.Ordinal));
    }

    private const string PointToPoint = "shared point-to-point subnet";

    /// <summary>"vpn-fw1 Ethernet0/1 -- core-sw1 TwentyFiveGigE1/0/16: shared point-to-point subnet 10.1.254.0/30:", the
    /// firewall's end first as the README lists it.</summary>
    private string Described(Link link)
    {
        var (a, b) = Graph.LabelOf(link.A.Device) == "vpn-fw1" ? (link.A, link.B) : (link.B, link.A);
        var evidence = Assert.Single(link.Evidence);
        // The evidence up to the end of the subnet ("... 10.1.254.0/30:"), which an IPv6 prefix's colons do not cut short.
        int subnetEnd = evidence.IndexOf(": ", StringComparison.Ordinal);
        var subnet = subnetEnd > 0 ? evidence[..(subnetEnd + 1)] : evidence;
        return $"{Graph.LabelOf(a.Device)} {a.Port} -- {Graph.LabelOf(b.Device)} {b.Port}: {subnet}";
    }

    [Fact]
    public void The_Committed_Recordings_Are_What_The_Generator_Makes_Of_The_Description()
    {
        var outDir = Directory.CreateTempSubdirectory("netmapper-sample-").FullName;
        try
        {
            NetworkGenerator.Write(NetworkLoader.Load(Path.Combine(SampleDemo.SampleDir, "network.yaml")), outDir);
            var committed = Path.Combine(SampleDemo.SampleDir, "recordings");
            var names = Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(names, Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
            foreach (var name in names)
                Assert.True(File.ReadAllText(Path.Combine(committed, name!)) == File.ReadAllText(Path.Combine(outDir, name!)),
                    $"{name} differs from what network.yaml generates: run `netmapper lab generate` again");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    private static string Camel(DeviceRole role) => char.ToLowerInvariant(role.ToString()[0]) + role.ToString()[1..];
}
