using NetMapper.Application.Changes;
using NetMapper.Application.Stored;
using NetMapper.Zones;

namespace NetMapper.Application.Tests;

public sealed class DiffJobTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private readonly StoredNetwork network = new();

    [Fact]
    public void Two_Stored_Scans_Differ_By_The_Device_Added_Between_Them_And_The_Report_Names_Both_Scans()
    {
        int first = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"));
        int second = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"), ("sw2", "00:00:0c:02:00:01", "10.0.0.2"));
        var request = new DiffRequest(StoredScans.Load(network.Db, ScanSelection.Of(first)),
            StoredScans.Load(network.Db, ScanSelection.Latest), ZonePolicy.Default(), AsOf)
        {
            Report = new ChangeReportRequest(network.Folder("changes"), ["csv"], "en", WithJson: true),
        };

        var result = DiffJob.Run(request);

        Assert.Equal((first, second), (result.Diff.From, result.Diff.To));
        Assert.Equal("mac:00:00:0c:02:00:01", Assert.Single(result.Diff.Devices.Added).Key);
        Assert.Empty(result.Diff.Devices.Removed);
        Assert.Contains(result.Files, f => Path.GetFileName(f) == $"netmapper-changes-scan{first}-scan{second}.json");
        Assert.All(result.Files, f => Assert.True(File.Exists(f), f));
    }

    [Fact]
    public void A_Scan_Compared_With_Itself_Has_No_Changes_And_Writes_Nothing_Unasked()
    {
        int only = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"));
        var scan = StoredScans.Load(network.Db, ScanSelection.Of(only));

        var result = DiffJob.Run(new DiffRequest(scan, scan, ZonePolicy.Default(), AsOf));

        Assert.True(result.Diff.IsEmpty);
        Assert.Empty(result.Files);
    }

    public void Dispose() => network.Dispose();
}
