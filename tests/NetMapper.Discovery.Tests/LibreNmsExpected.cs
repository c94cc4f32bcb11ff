using System.Text.Json;

namespace NetMapper.Discovery.Tests;

/// <summary>The facts LibreNMS discovered from a corpus recording (expected/NAME.json).</summary>
public sealed record LibreNmsExpected(string Hardware, string Version, string Serial, int Ports, int Vlans, int Links)
{
    public static LibreNmsExpected Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, "expected", name + ".json")));
        var root = document.RootElement;
        var os = root.GetProperty("os").GetProperty("discovery").GetProperty("devices")[0];
        return new LibreNmsExpected(Text(os, "hardware"), Text(os, "version"), Text(os, "serial"),
            Count(root, "ports", "ports"), Count(root, "vlans", "vlans"), Count(root, "discovery-protocols", "links"));
    }

    private static string Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static int Count(JsonElement root, string module, string table)
    {
        if (!root.TryGetProperty(module, out var m) || m.ValueKind != JsonValueKind.Object) return 0;
        if (!m.TryGetProperty("discovery", out var d) || d.ValueKind != JsonValueKind.Object) return 0;
        return d.TryGetProperty(table, out var t) && t.ValueKind == JsonValueKind.Array ? t.GetArrayLength() : 0;
    }
}
