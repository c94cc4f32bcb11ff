using System.Security.Cryptography;
using System.Text;

namespace NetMapper.Report;

/// <summary>
/// The page's Content-Security-Policy: nothing may be fetched from anywhere (default-src 'none' covers connections,
/// frames, fonts, media and workers), only the page's own scripts run (by their SHA-256), styles are inline, and
/// images only data: URLs. A report opened from a file, or a hostile device name in it, cannot reach a server.
/// </summary>
internal static class ContentSecurityPolicy
{
    public static string For(IEnumerable<string> scripts)
    {
        var hashes = scripts.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'");
        return "default-src 'none'; script-src " + string.Join(" ", hashes)
            + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
    }
}
