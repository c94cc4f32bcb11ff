using System.Security.Cryptography;
using System.Text.Json;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Application.Stored;

/// <summary>SHA-256 of a scan's graph as stored: title blocks and manifests name exactly which data they show.</summary>
public static class ScanContentHash
{
    public static string Of(TopologyGraph graph) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Stored(graph)))[..16];

    /// <summary>The graph's bytes as stored; scans stored earlier were hashed from these same bytes.</summary>
    private static byte[] Stored(TopologyGraph graph) =>
        JsonSerializer.SerializeToUtf8Bytes(graph, GraphJson.Options.Info<TopologyGraph>());
}
