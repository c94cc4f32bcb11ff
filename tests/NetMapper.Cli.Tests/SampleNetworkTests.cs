using NetMapper.Lab.Generation;
using NetMapper.Lab.Spec;
using NetMapper.Storage;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Cli.Tests;

/// <summary>
/// The bundled sample network: the demo scans it with the real scanner and finds exactly what topology-samples/README.md
/// says (the test reads the README's tables), and the committed recordings are what the generator makes of network.yaml.
/// </summary>
public class SampleNetworkTests
{
    private static string SampleDir => Path.Combine(RepoPaths.Root, "topology-samples", "securities-hq");
    private static string ReadmePath => Path.Combine(RepoPaths.Root, "topology-samples", "README.md");

    [Fact]
    public async Task The_Demo_Scan_Finds_The_Counts_Identities_And_Findings_The_Readme_Lists()
    {
        var outDir = Directory.CreateTempSubdirectory("netmapper-demo-").FullName;
        try
        {
            var (exit, output, error) = await CliRunner.RunAsync("demo", "--out", outDir);
            Assert.True(exit == 0, error + output);
            Assert.Contains("scan 1: complete", output, StringComparison.Ordinal);

            using var store = ScanStore.Open(Path.Combine(outDir, "netmapper.db"), readOnly: true);
            var scan = store.Latest();
            var graph = store.LoadGraph(scan.Id);
            var readme = MarkdownTables.Read(ReadmePath);

            var counts = readme.Single(t => t.Header[0] == "what").Rows.ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(counts["devices"], graph.Devices.Count);
            Assert.Equal(counts["polled"], graph.Devices.Count(d => d.Status is PollStatus.Done or PollStatus.Partial));
            Assert.Equal(counts["unreachable"], graph.Devices.Count(d => d.Status == PollStatus.Unreachable));
            Assert.Equal(counts["neighbours not polled"], graph.Devices.Count(d => d.Status == PollStatus.NotPolled));
            Assert.Equal(counts["links"], graph.Links.Count);
            Assert.Equal(counts["subnets"], graph.Subnets.Count);
            Assert.Equal(counts["VLANs"], graph.Vlans.Count);
            Assert.Equal(counts["hosts"], graph.Hosts.Count);

            foreach (var row in readme.Single(t => t.Header[0] == "device").Rows)
            {
                var device = Assert.Single(graph.Devices, d => d.Name == row[0]);
                Assert.Equal(string.Join(" | ", row[1..]), string.Join(" | ", device.Vendor, device.Model, $"{device.OsName} {device.OsVersion}", device.Serial, Camel(device.Role)));
            }

            var expected = readme.Single(t => t.Header[0] == "finding").Rows.Select(r => $"{r[0]} {r[1]}").Order(StringComparer.Ordinal);
            var found = graph.Findings.SelectMany(f => f.Devices.Select(id => $"{f.Code} {graph.Device(id)?.Name}")).Order(StringComparer.Ordinal);
            Assert.Equal(expected, found);

            var zones = new ZoneMap(graph, ZonePolicy.Load(Path.Combine(SampleDir, "zones.yaml")));
            var expectedSegmentation = readme.Single(t => t.Header[0] == "segmentation finding").Rows.Select(r => $"{r[0]} {r[1]}").Order(StringComparer.Ordinal);
            var segmentation = SegmentationRules.Evaluate(graph, zones).Select(f => $"{f.Code} {graph.Device(f.Devices[^1])?.Name}").Order(StringComparer.Ordinal);
            Assert.Equal(expectedSegmentation, segmentation);
            // Cisco trunks carry only their allowed VLANs (vlanTrunkPortVlansEnabled): the DMZ VLAN is on one port of core-sw2.
            Assert.Contains(SegmentationRules.Evaluate(graph, zones), f => f.Code == "zone-vlan-crossing"
                && f.Message.StartsWith("core-sw2 carries VLAN 51 (DMZ-SVC) of zone DMZ on TwentyFiveGigE1/0/20 alongside", StringComparison.Ordinal));

            // The same through the command line, and a policy that cannot be read is one line and exit 2.
            var db = Path.Combine(outDir, "netmapper.db");
            var shown = await CliRunner.RunAsync("show", "zones", "--db", db, "--zones", Path.Combine(SampleDir, "zones.yaml"), "--json");
            Assert.True(shown.Exit == 0, shown.Err);
            using (var json = System.Text.Json.JsonDocument.Parse(shown.Out))
            {
                Assert.Equal(expectedSegmentation.Count(), json.RootElement.GetProperty("findings").GetArrayLength());
                Assert.Equal(graph.Subnets.Count, json.RootElement.GetProperty("subnets").EnumerateArray().Count(x => x.GetProperty("zones").GetArrayLength() == 1));
            }
            var badPolicy = Path.Combine(outDir, "zones.yaml");
            await File.WriteAllTextAsync(badPolicy, "zones:\n  - { id: dmz, trust: semi }\n", TestContext.Current.CancellationToken);
            var refused = await CliRunner.RunAsync("show", "zones", "--db", db, "--zones", badPolicy);
            Assert.Equal((2, $"netmapper: {badPolicy}: zone 'dmz': trust 'semi' must be external, line, dmz, internal or management"), (refused.Exit, refused.Err.Trim()));

            // The demo also wrote the Article 4.2 records (Traditional Chinese by default), sheet by sheet.
            var workbook = Path.Combine(outDir, "records", "netmapper-records-scan1.xlsx");
            Assert.Equal(["掃描資訊", "網段", "路由", "主機 IP 位址", "備援線路", "無線網路", "設備清冊", "檢查發現"], MiniExcelLibs.MiniExcel.GetSheetNames(workbook));
            int Rows(string sheet) => MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Count();
            Assert.Equal(graph.Subnets.Count, Rows("網段"));
            Assert.Equal(graph.Routes.Count, Rows("路由"));
            Assert.Equal(graph.Devices.Count, Rows("設備清冊"));
            Assert.Equal(4, Rows("無線網路")); // wlc1 and three access points
            Assert.Equal(graph.Findings.Count + expectedSegmentation.Count(), Rows("檢查發現"));
            var segmentsCsv = await File.ReadAllBytesAsync(Path.Combine(outDir, "records", "netmapper-records-scan1-segments.csv"), TestContext.Current.CancellationToken);
            Assert.Equal([0xEF, 0xBB, 0xBF], segmentsCsv[..3]); // UTF-8 with BOM: spreadsheet programs read the Chinese right
            Assert.Equal(graph.Subnets.Count + 1, System.Text.Encoding.UTF8.GetString(segmentsCsv).Trim().Split('\n').Length);

            // The demo drew the Article 4 diagrams; drawing the scan again gives the same SVG byte for byte.
            var diagrams = Path.Combine(outDir, "diagrams");
            SampleDiagrams.Check(diagrams, graph);
            var network = NetMapper.Lab.LabManifest.Load(Path.Combine(SampleDir, "recordings", NetMapper.Lab.LabManifest.FileName)).Network;
            var again = await CliRunner.RunAsync("diagram", "--db", db, "--out", Path.Combine(outDir, "again"), "--view", "physical", "--format", "svg",
                "--zones", Path.Combine(SampleDir, "zones.yaml"), "--org", network);
            Assert.True(again.Exit == 0, again.Err);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(diagrams, "netmapper-physical-scan1.svg"), TestContext.Current.CancellationToken),
                await File.ReadAllTextAsync(Path.Combine(outDir, "again", "netmapper-physical-scan1.svg"), TestContext.Current.CancellationToken));
            var badView = await CliRunner.RunAsync("diagram", "--db", db, "--out", Path.Combine(outDir, "again"), "--view", "galaxy");
            Assert.Equal((2, "netmapper: --view 'galaxy' is not one of physical, logical, zones"), (badView.Exit, badView.Err.Trim()));

            // Both ends of every cable between two polled devices saw each other.
            var polled = graph.Devices.Where(d => d.Status == PollStatus.Done).Select(d => d.Id).ToHashSet();
            Assert.All(graph.Links.Where(l => polled.Contains(l.A.Device) && polled.Contains(l.B.Device)), l => Assert.Equal(LinkConfidence.High, l.Confidence));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void The_Committed_Recordings_Are_What_The_Generator_Makes_Of_The_Description()
    {
        var outDir = Directory.CreateTempSubdirectory("netmapper-sample-").FullName;
        try
        {
            NetworkGenerator.Write(NetworkLoader.Load(Path.Combine(SampleDir, "network.yaml")), outDir);
            var committed = Path.Combine(SampleDir, "recordings");
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
