using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>
/// Two scans of the sample network with scripted changes between them (a chassis replaced, a cable moved to another
/// port, a VLAN added, a firmware upgrade, a device re-addressed, a host moved): `netmapper diff --json` names exactly
/// those, and a scan compared with itself has no changes.
/// </summary>
public sealed class DiffCommandTests
{
    private static readonly (string Before, string After)[] ScriptedChanges =
    [
        ("serial: FOC1932S1AB", "serial: FOC2001X9ZZ"),                                     // uat-sw1 replaced
        ("dist-off1 GigabitEthernet1/0/47 -- acc-off1", "dist-off1 GigabitEthernet1/0/45 -- acc-off1"), // cable moved
        ("  - { id: 99, name: MGMT }", "  - { id: 99, name: MGMT }\n  - { id: 230, name: UAT-NEW }"),   // VLAN added ...
        ("uat-sw1 GigabitEthernet1/0/49 trunk 99,210,220", "uat-sw1 GigabitEthernet1/0/49 trunk 99,210,220,230"), // ... carried
        ("os: 17.12.4, serial: FDO26510ABC", "os: 17.12.5, serial: FDO26510ABC"),            // core-sw1 upgraded
        ("mgmt: 127.20.99.61", "mgmt: 127.20.99.62"),                                        // ntp1 re-addressed
        ("at: acc-off1 GigabitEthernet1/0/3, vlan: 310", "at: acc-off1 GigabitEthernet1/0/5, vlan: 310"), // pc-2f-003 moved
    ];

    [Fact]
    public async Task The_diff_of_two_scans_names_exactly_the_scripted_changes()
    {
        string dir = Directory.CreateTempSubdirectory("netmapper-diff-").FullName;
        try
        {
            string db = Path.Combine(dir, "out", "netmapper.db");
            string recordings = await ChangedSampleAsync(dir);
            await RunAsync("demo", "--out", Path.Combine(dir, "out"), "--as-of", SampleDemo.AsOf);
            await RunAsync("demo", "--out", Path.Combine(dir, "out"), "--samples", recordings, "--as-of", SampleDemo.AsOf);

            var diff = JsonDocument.Parse(await RunAsync("diff", "--db", db, "--from", "1", "--to", "2", "--json",
                "--zones", SampleDemo.ZonesFile)).RootElement;

            Assert.Equal(["core-sw1 osVersion IOS-XE 17.12.4 → IOS-XE 17.12.5", "ntp1 managementAddress 127.20.99.61 → 127.20.99.62"],
                Changes(diff.GetProperty("devices").GetProperty("changed")));
            var replaced = Assert.Single(diff.GetProperty("devices").GetProperty("replaced").EnumerateArray());
            Assert.Equal("uat-sw1", replaced.GetProperty("name").GetString());
            var links = Changes(diff.GetProperty("links").GetProperty("changed"));
            Assert.Equal(["dist-off1 — acc-off1 ports dist-off1 GigabitEthernet1/0/47 — acc-off1 GigabitEthernet1/1/1 → "
                + "dist-off1 GigabitEthernet1/0/45 — acc-off1 GigabitEthernet1/1/1"], links);
            Assert.Equal(["VLAN 230 (UAT-NEW)"], Labels(diff.GetProperty("vlans").GetProperty("added")));
            Assert.Equal(["10.30.10.103 f4:39:09:e1:b2:80 port GigabitEthernet1/0/3 → GigabitEthernet1/0/5"],
                Changes(diff.GetProperty("hosts").GetProperty("changed")));
            // The new VLAN is in no zone of the policy: the one finding it brings.
            Assert.Equal(["zone-unassigned: VLAN 230 (UAT-NEW) is in no zone: add it to the zone policy"],
                Labels(diff.GetProperty("findings").GetProperty("new")));
            foreach (var kind in new[] { "devices", "links", "subnets", "vlans", "routes", "hosts" })
            {
                Assert.Empty(diff.GetProperty(kind).GetProperty("removed").EnumerateArray());
                if (kind is not "vlans") Assert.Empty(diff.GetProperty(kind).GetProperty("added").EnumerateArray());
            }
            // ntp1's new address is a new member of the management segment: the one subnet that changed
            var segment = Assert.Single(diff.GetProperty("subnets").GetProperty("changed").EnumerateArray());
            Assert.Equal("127.20.99.0/24", segment.GetProperty("key").GetString());
            Assert.EndsWith("ntp1 lan0 127.20.99.62", segment.GetProperty("fields")[0].GetProperty("after").GetString()!
                .Split(", ").Single(m => m.StartsWith("ntp1", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Empty(diff.GetProperty("routes").GetProperty("changed").EnumerateArray());
            Assert.Empty(diff.GetProperty("findings").GetProperty("resolved").EnumerateArray());

            string reports = Path.Combine(dir, "changes");
            await RunAsync("diff", "--db", db, "--from", "1", "--to", "2", "--out", reports, "--format", "csv");
            var report = File.ReadAllLines(Path.Combine(reports, "netmapper-changes-scan1-scan2-changes.csv"));
            Assert.Equal("類別,變更,項目,欄位,變更前,變更後", report[0]);
            Assert.Contains("設備,汰換,uat-sw1,serial,FOC1932S1AB,FOC2001X9ZZ", report);

            await RunAsync("diagram", "--db", db, "--diff", "1..2", "--out", Path.Combine(dir, "drawn"), "--view", "physical",
                "--format", "svg", "--zones", SampleDemo.ZonesFile);
            var marked = MarkedBoxes(Path.Combine(dir, "drawn", "netmapper-physical-diff1-2.svg"));
            Assert.Equal(["core-sw1 changed", "ntp1 changed", "uat-sw1 changed"], marked.Boxes);
            Assert.Equal(["changed"], marked.Lines);
            var (refused, _, refusal) = await CliRunner.RunAsync("diagram", "--db", db, "--diff", "1..2", "--out", dir);
            string expected = "netmapper: --diff draws the physical and zones views; give --view physical,zones";
            Assert.Equal((2, expected), (refused, refusal.Trim()));

            string same = await RunAsync("diff", "--db", db, "--from", "2", "--to", "2");
            Assert.Equal("scan 2 → scan 2: no changes", same.Trim());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>The sample's description with the scripted changes, generated into recordings the demo can serve.</summary>
    private static async Task<string> ChangedSampleAsync(string dir)
    {
        string network = await File.ReadAllTextAsync(Path.Combine(SampleDemo.SampleDir, "network.yaml"));
        foreach (var (before, after) in ScriptedChanges)
        {
            Assert.Equal(1, network.Split(before).Length - 1);
            network = network.Replace(before, after, StringComparison.Ordinal);
        }
        string changed = Path.Combine(dir, "changed");
        Directory.CreateDirectory(changed);
        await File.WriteAllTextAsync(Path.Combine(changed, "network.yaml"), network);
        File.Copy(SampleDemo.ZonesFile, Path.Combine(changed, "zones.yaml"));
        string recordings = Path.Combine(changed, "recordings");
        await RunAsync("lab", "generate", Path.Combine(changed, "network.yaml"), "--out", recordings);
        return recordings;
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);
        Assert.True(exit == 0, $"{string.Join(' ', args)}: {error}{output}");
        return output;
    }

    /// <summary>The boxes (by title) and lines of a drawing that carry a change mark.</summary>
    private static (List<string> Boxes, List<string> Lines) MarkedBoxes(string svgPath)
    {
        var svg = System.Xml.Linq.XDocument.Load(svgPath);
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var marked = svg.Descendants(ns + "g").Where(g => g.Attribute("data-change") is not null).ToList();
        var boxes = marked.Where(g => g.Attribute("data-node") is not null)
            .Select(g => $"{g.Elements(ns + "text").First().Value} {g.Attribute("data-change")!.Value}")
            .Order(StringComparer.Ordinal).ToList();
        var lines = marked.Where(g => g.Attribute("data-edge") is not null).Select(g => g.Attribute("data-change")!.Value).ToList();
        return (boxes, lines);
    }

    private static List<string> Labels(JsonElement items) =>
        items.EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToList();

    /// <summary>Each changed item as "label field before → after; ...".</summary>
    private static List<string> Changes(JsonElement items) =>
        items.EnumerateArray().Select(i => $"{i.GetProperty("label").GetString()} {Fields(i.GetProperty("fields"))}").ToList();

    private static string Fields(JsonElement fields) => string.Join("; ", fields.EnumerateArray().Select(f =>
        $"{f.GetProperty("field").GetString()} {f.GetProperty("before").GetString()} → {f.GetProperty("after").GetString()}"));
}
