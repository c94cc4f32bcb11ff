using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetMapper.Application.Evidence;
using NetMapper.Application.Stored;
using NetMapper.Lifecycle.Plan;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Application.Tests;

public sealed partial class EvidenceJobTests : IDisposable
{
    private readonly StoredNetwork network = new();

    [Fact]
    public void The_Evidence_Of_A_Scan_Goes_Into_Its_Parts_And_The_Manifest_Hashes_Every_File_But_Itself()
    {
        int id = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"), ("sw2", "00:00:0c:02:00:01", "10.0.0.2"));
        var scan = StoredScans.Load(network.Db, ScanSelection.Of(id));
        string folder = network.Folder("pack");
        var request = new EvidenceRequest(scan, ZonePolicy.Default(), [], new LifecyclePolicy(new DateOnly(2026, 12, 1)), "en",
            "Example Securities", network.Db, folder, ["svg"]);

        var written = EvidenceJob.Run(request);
        string manifestPath = EvidencePack.WriteManifest(folder, id, null, ScanContentHash.Of(scan.Graph));

        Assert.All(written.Records, f => Assert.Equal(Path.Combine(folder, "records"), Path.GetDirectoryName(f)));
        Assert.All(written.Plan, f => Assert.Equal(Path.Combine(folder, "lifecycle"), Path.GetDirectoryName(f)));
        Assert.Contains(written.Diagrams, f => Path.GetFileName(f) == $"netmapper-physical-scan{id}.svg");
        Assert.Equal(Path.Combine(folder, "report.html"), written.Report);
        Assert.Contains("Example Securities", File.ReadAllText(written.Report), StringComparison.Ordinal);
        var manifest = JsonSerializer.Deserialize<EvidencePack.Manifest>(File.ReadAllText(manifestPath), ReflectionJson.Graph())!;
        var everyFile = written.Records.Concat(written.Plan).Concat(written.Diagrams).Append(written.Report)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(everyFile, manifest.Files.Select(f => f.Path));
        foreach (var entry in manifest.Files)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(folder, entry.Path));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.Sha256);
            Assert.Equal(bytes.LongLength, entry.Bytes);
        }
        Assert.Equal((id, ScanContentHash.Of(scan.Graph)), (manifest.Scan, manifest.ContentHash));
    }

    [Fact]
    public void With_An_Earlier_Scan_The_Report_Marks_The_Changes_And_Keeps_Every_View()
    {
        int first = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"), ("sw2", "00:00:0c:02:00:01", "10.0.0.2"));
        int second = network.Store(("sw1", "00:00:0c:01:00:01", "10.0.0.1"), ("sw2", "00:00:0c:02:00:01", "10.0.0.2"),
            ("sw3", "00:00:0c:03:00:01", "10.0.0.3"));
        var scan = StoredScans.Load(network.Db, ScanSelection.Of(second));
        var request = new EvidenceRequest(scan, ZonePolicy.Default(), [], new LifecyclePolicy(new DateOnly(2026, 12, 1)), "en",
            "Example Securities", network.Db, network.Folder("pack"), ["svg"])
        {
            Before = StoredScans.Load(network.Db, ScanSelection.Of(first)),
        };

        string page = File.ReadAllText(EvidenceJob.Run(request).Report);

        using var data = JsonDocument.Parse(Block(page, "report-data"));
        var tables = data.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains("changes", tables);
        var views = data.RootElement.GetProperty("diagrams").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains("physical", views);
        Assert.Contains("logical", views);
    }

    [GeneratedRegex("<script type=\"application/gzip\" data-content=\"[^\"]+\" id=\"([^\"]+)\">([^<]*)</script>")]
    private static partial Regex Blocks();

    /// <summary>A gzip block of the page, inflated as the browser inflates it.</summary>
    private static string Block(string page, string id)
    {
        string base64 = Blocks().Matches(page).Single(m => m.Groups[1].Value == id).Groups[2].Value;
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    [Fact]
    public void A_Pack_Folder_Is_Named_By_Quarter_And_Minute_In_Utc()
    {
        var time = new DateTimeOffset(2026, 12, 1, 10, 5, 0, TimeSpan.FromHours(8));

        Assert.Equal("2026Q4-20261201T0205", EvidencePack.FolderName(time));
    }

    public void Dispose() => network.Dispose();
}
