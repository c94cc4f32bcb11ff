using System.Text.Json;

namespace NetMapper.Discovery.Tests.Coverage;

/// <summary>
/// What LibreNMS found in a recording (os.discovery.devices[0] and discovery-protocols links); a fact LibreNMS
/// left null is absent and is not counted.
/// </summary>
public sealed record ExpectedFacts(string? Hardware, string? Version, string? Serial, int Links)
{
    public static ExpectedFacts Load(CorpusRecording recording)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(recording.ExpectedFile));
        var root = document.RootElement;
        var os = root.GetProperty("os").GetProperty("discovery").GetProperty("devices")[0];
        return new ExpectedFacts(Text(os, "hardware"), Text(os, "version"), Text(os, "serial"), LinkCount(root));
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int LinkCount(JsonElement root)
    {
        if (!root.TryGetProperty("discovery-protocols", out var module) || module.ValueKind != JsonValueKind.Object) return 0;
        if (!module.TryGetProperty("discovery", out var discovery) || discovery.ValueKind != JsonValueKind.Object) return 0;
        return discovery.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Array ? links.GetArrayLength() : 0;
    }
}
