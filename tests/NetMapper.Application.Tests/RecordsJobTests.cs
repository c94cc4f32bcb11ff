using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Zones;

namespace NetMapper.Application.Tests;

public sealed class RecordsJobTests : IDisposable
{
    private readonly StoredNetwork network = new();

    [Fact]
    public void The_Records_Of_A_Stored_Scan_Are_Written_Into_The_Folder_In_Each_Format_Asked_For()
    {
        int id = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"));
        var scan = StoredScans.Load(network.Db, ScanSelection.Latest);
        string folder = network.Folder("records");

        var result = RecordsJob.Run(new RecordsRequest(scan, ZonePolicy.Default(), [], "en", folder, ["csv", "xlsx"]));

        Assert.Equal(id, result.ScanId);
        Assert.NotEmpty(result.Files);
        Assert.All(result.Files, f => Assert.StartsWith(folder, f, StringComparison.Ordinal));
        Assert.All(result.Files, f => Assert.Contains($"netmapper-records-scan{id}", Path.GetFileName(f), StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        var devices = File.ReadAllText(result.Files.First(f => f.EndsWith(".csv", StringComparison.Ordinal) && f.Contains("device",
            StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("sw1", devices, StringComparison.Ordinal);
    }

    public void Dispose() => network.Dispose();
}
