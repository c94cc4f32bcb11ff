using System.Security.Cryptography;
using System.Text;

namespace NetMapper.Storage;

/// <summary>How a stored scan checks out against the chain of seals.</summary>
public enum SealState
{
    /// <summary>Its record and graph are what was sealed when it was stored.</summary>
    Intact,
    /// <summary>Its record or its graph changed after it was sealed.</summary>
    Altered,
    /// <summary>Its number is missing between sealed scans: it was deleted.</summary>
    Removed,
    /// <summary>Stored without a seal: it never finished, or an older NetMapper wrote it.</summary>
    Unsealed,
    /// <summary>Deleted by <c>netmapper prune</c>: its number and seal are kept, so the chain still verifies.</summary>
    Pruned,
}

/// <summary>One scan's line of <c>netmapper verify</c>.</summary>
public sealed record ScanCheck(int Scan, SealState State, string Detail);

/// <summary>
/// The tamper-evident chains: each finished scan is sealed with SHA-256 over the previous seal, its record and its graph
/// as stored, and each audit entry over the previous entry's seal and its record (no payload), so editing one, or
/// deleting one from the middle, shows at the next verify.
/// </summary>
internal static class ScanSeal
{
    public static string Of(string previousSeal, string recordJson, byte[] graph)
    {
        string graphHash = Convert.ToHexStringLower(SHA256.HashData(graph));
        byte[] sealed_ = Encoding.UTF8.GetBytes($"{previousSeal}\n{recordJson}\n{graphHash}");
        return Convert.ToHexStringLower(SHA256.HashData(sealed_));
    }
}
