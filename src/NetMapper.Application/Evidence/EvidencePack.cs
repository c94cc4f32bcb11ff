using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NetMapper.Storage;

namespace NetMapper.Application.Evidence;

/// <summary>
/// The quarter's evidence in one dated folder ("2026Q4-20261201T0200"), and its manifest: every file with its SHA-256
/// and size, and the scan's content hash, so an auditor can check nothing was changed after it was written.
/// </summary>
public static class EvidencePack
{
    public const string ManifestName = "manifest.json";

    public static string FolderName(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        int quarter = (utc.Month - 1) / 3 + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{utc.Year}Q{quarter}-{utc:yyyyMMdd'T'HHmm}");
    }

    public sealed record FileEntry(string Path, string Sha256, long Bytes);

    public sealed record Manifest(int Scan, int? PreviousScan, string ContentHash, DateTimeOffset Written, IReadOnlyList<FileEntry> Files);

    public static string WriteManifest(string folder, int scan, int? previous, string contentHash)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ManifestName)
            .Select(f => new FileEntry(Path.GetRelativePath(folder, f).Replace('\\', '/'), Hash(f), new FileInfo(f).Length))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifest = new Manifest(scan, previous, contentHash, DateTimeOffset.UtcNow, files);
        string path = Path.Combine(folder, ManifestName);
        File.WriteAllText(path, JsonSerializer.Serialize(manifest, JobJson.Indented.Info<Manifest>()));
        return path;
    }

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
