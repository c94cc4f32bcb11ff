using System.Security.Cryptography;
using System.Text.Json;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Application.Stored;

/// <summary>SHA-256 of a scan's graph as stored: title blocks and manifests name exactly which data they show.</summary>
public static class ScanContentHash
{
    public static string Of(TopologyGraph graph) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(graph, GraphJson.Options)))[..16];
}
