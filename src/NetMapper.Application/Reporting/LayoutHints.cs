using System.Text.Json;
using NetMapper.Diagrams;
using NetMapper.Storage;

namespace NetMapper.Application.Reporting;

/// <summary>Where each device went in a scan's physical view, stored with the scan so the next drawing keeps it in place.</summary>
internal static class LayoutHints
{
    private const string View = "physical";

    public static (bool Stored, string? Json) Load(string db, int scanId)
    {
        using var store = ScanStore.Open(db, readOnly: true);
        return store.LayoutHints(scanId, View);
    }

    public static IReadOnlyDictionary<string, NodeHint>? Parse(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, LayoutHintsJson.Default.DictionaryStringNodeHint);

    public static void Save(string db, int scanId, string? drawnFrom, IReadOnlyDictionary<string, NodeHint> placed)
    {
        using var store = ScanStore.Open(db);
        var ordered = placed.OrderBy(h => h.Key, StringComparer.Ordinal).ToDictionary();
        store.SaveLayout(scanId, View, drawnFrom, JsonSerializer.Serialize(ordered, LayoutHintsJson.Default.DictionaryStringNodeHint));
    }
}
