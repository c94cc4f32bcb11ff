using NetMapper.Topology;
using NetMapper.Topology.Diff;

namespace NetMapper.Report.Tests;

/// <summary>The model: tables with their devices and zones, panels with neighbours, changes marked by the diff's keys.</summary>
public sealed class ReportBuilderTests
{
    private static readonly TopologyGraph Before = SyntheticTopology.Build(46), After = SyntheticTopology.Build(40);

    private static ReportTable Table(ReportModel model, string id) => model.Tables.Single(t => t.Id == id);

    [Fact]
    public void Every_Row_Naming_A_Device_Opens_A_Panel_And_Carries_Its_Zones()
    {
        var model = SampleReport.Of(After);
        var panels = model.Devices.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var zones = model.Zones.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Cells.Count));
            Assert.All(table.Rows.Where(r => r.Device is not null), r => Assert.Contains(r.Device!, panels));
            Assert.All(table.Rows.SelectMany(r => r.Zones), z => Assert.Contains(z, zones));
        }
        Assert.All(Table(model, "devices").Rows, r => Assert.Equal(model.Devices.Single(d => d.Id == r.Device).Zones, r.Zones));
    }

    [Fact]
    public void A_Panel_Lists_Each_Neighbour_With_Both_Ports()
    {
        var model = SampleReport.Of(After);
        var core = model.Devices.Single(d => d.Name == "prod-core1");
        var neighbours = core.Parts.Single(p => p.Id == "neighbours");
        var expected = After.Links.Where(l => l.A.Device == core.Id || l.B.Device == core.Id).ToArray();
        Assert.Equal(expected.Length, neighbours.Rows.Count);
        Assert.Contains(neighbours.Rows, r => r.Cells[1] == "fw1" && r.Device == After.Devices.Single(d => d.Name == "fw1").Id);
        var interfaces = core.Parts.Single(p => p.Id == "interfaces");
        Assert.Contains(interfaces.Rows, r => r.Cells[2] == "10G" && r.Cells[5].StartsWith("fw1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Report_Of_Changes_Marks_What_Was_Added_Removed_And_Counts_It()
    {
        var diff = NetworkDiff.Compare(1, Before, 2, After);
        var removed = diff.Devices.Removed.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(6, removed.Count);
        // as the application draws a diff: the later scan with what the earlier one had and it lacks put back
        var merged = After with { Devices = [.. After.Devices, .. Before.Devices.Where(d => removed.Contains(d.Id))] };

        var model = SampleReport.Of(merged, diff: diff);

        var devices = Table(model, "devices").Rows;
        var marked = devices.Where(r => r.Change == RowChange.Removed).Select(r => r.Device!);
        Assert.Equal(removed.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
        var changed = diff.Devices.Changed.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(devices.Where(r => !removed.Contains(r.Device!)),
            r => Assert.Equal(changed.Contains(r.Device!) ? RowChange.Changed : null, r.Change));
        Assert.Equal(6, model.Overview.Changes.Single(c => c.Key == "removed").Count);
        Assert.Equal(new ReportChanges(1, 2), model.Changes);
        Assert.Equal(Records.ChangeReport.Build(diff, "en")[0].Rows.Count, Table(model, "changes").Rows.Count);
    }

    [Fact]
    public void A_Report_Of_One_Scan_Has_No_Marks_And_No_Changes_Table()
    {
        var model = SampleReport.Of(After);
        Assert.Null(model.Changes);
        Assert.Empty(model.Overview.Changes);
        Assert.DoesNotContain(model.Tables, t => t.Id == "changes");
        Assert.All(model.Tables.SelectMany(t => t.Rows), r => Assert.Null(r.Change));
    }

    [Fact]
    public void The_Overview_Names_The_Scan_Counts_What_It_Holds_And_Says_When_It_Did_Not_Finish()
    {
        var model = SampleReport.Of(After, scan: SampleReport.Scan with { Complete = false, Operator = "netops" });

        Assert.True(model.Overview.Incomplete);
        Assert.Contains(new ReportFact("Run by", "netops"), model.Overview.Scan);
        Assert.Contains(new ReportFact("Organisation", "Formosa"), model.Overview.Scan);
        Assert.Equal(After.Devices.Count, model.Overview.Counts.Single(c => c.Key == "devices").Count);
        Assert.Equal(model.Tables.Single(t => t.Id == "findings").Rows.Count, model.Overview.Findings.Sum(f => f.Count));
        Assert.Empty(model.Overview.Lifecycle);
        Assert.False(SampleReport.Of(After).Overview.Incomplete);
    }

    [Fact]
    public void Both_Languages_Give_The_Same_Rows_In_Their_Own_Words()
    {
        var (en, zh) = (SampleReport.Of(After, "en"), SampleReport.Of(After, "zh-TW"));
        Assert.Equal(en.Tables.Select(t => (t.Id, t.Rows.Count)), zh.Tables.Select(t => (t.Id, t.Rows.Count)));
        Assert.Equal("l3Switch", Table(en, "devices").Rows.First(r => r.Cells[0] == "prod-core1").Cells[1]);
        Assert.Equal("三層交換器", Table(zh, "devices").Rows.First(r => r.Cells[0] == "prod-core1").Cells[1]);
        Assert.All(zh.Tables.SelectMany(t => t.Columns), c => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|^(VLAN|MAC)$", c.Title));
    }
}
